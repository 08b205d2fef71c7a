// Numerals: values of Chinese numerals (十二, 两百零五), Roman numerals (XII), Arabic digits and
// English number words, and the numbered prefix of a section heading ("三、", "IV. ", "第二节").
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "argmap/lexicon.h"

namespace argmap {

// Each parses the whole of s, or returns nullopt.
std::optional<long long> parse_chinese_numeral(std::string_view s, const NumeralLexicon& lexicon);
std::optional<long long> parse_roman(std::string_view s);
std::optional<long long> parse_arabic(std::string_view s);
std::optional<long long> parse_number_word(std::string_view s, const NumeralLexicon& lexicon);

struct HeadingNumber {
  long long value = 0;
  std::size_t prefix_bytes = 0;  // the number, its separator and following spaces
};

// The section number that opens a heading line, when the line has text after it.
std::optional<HeadingNumber> heading_number(std::string_view line, const Lexicon& lexicon);

}  // namespace argmap
