#include "argmap/numeral.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "argmap/text.h"

namespace argmap {
namespace {

constexpr long long kMaxValue = 1'000'000'000'000LL;

std::optional<long long> lookup(const std::map<std::string, long long>& m, std::string_view key) {
  const auto it = m.find(std::string(key));
  if (it == m.end()) return std::nullopt;
  return it->second;
}

// Adds one Chinese numeral character to the running value (see parse_chinese_numeral).
struct ChineseAccumulator {
  long long total = 0, section = 0, digit = 0;
  bool add(std::string_view ch, const NumeralLexicon& lexicon) {
    if (const auto d = lookup(lexicon.digits, ch)) {
      digit = *d;
      return true;
    }
    const auto unit = lookup(lexicon.units, ch);
    if (!unit) return false;
    if (*unit < 10000) {
      section += (digit == 0 && *unit == 10 ? 1 : digit) * *unit;
    } else {
      section = (section + digit) * *unit;
      total += section;
      section = 0;
    }
    digit = 0;
    return total < kMaxValue && section < kMaxValue;
  }
  long long value() const { return total + section + digit; }
};

std::string_view skip_spaces(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t next = i;
    if (!is_space(decode_utf8(s, next))) break;
    i = next;
  }
  return s.substr(i);
}

// Longest prefix of s made of characters for which `accept` holds.
template <class Accept>
std::size_t prefix_while(std::string_view s, Accept accept) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t next = i;
    decode_utf8(s, next);
    if (!accept(s.substr(i, next - i))) break;
    i = next;
  }
  return i;
}

std::optional<long long> any_numeral(std::string_view s, const Lexicon& lexicon) {
  if (auto v = parse_arabic(s)) return v;
  if (auto v = parse_chinese_numeral(s, lexicon.numerals)) return v;
  if (auto v = parse_roman(s)) return v;
  return parse_number_word(s, lexicon.numerals);
}

std::size_t numeral_prefix(std::string_view s, const Lexicon& lexicon) {
  return prefix_while(s, [&lexicon](std::string_view ch) {
    const char c = ch[0];
    return std::isdigit(static_cast<unsigned char>(c)) ||
           std::string_view("IVXLCivxlc").find(c) != std::string_view::npos ||
           lexicon.numerals.digits.count(std::string(ch)) ||
           lexicon.numerals.units.count(std::string(ch));
  });
}

std::optional<HeadingNumber> finish(long long value, std::string_view line, std::size_t used) {
  const std::string_view rest = skip_spaces(line.substr(used));
  if (rest.empty() || value <= 0) return std::nullopt;
  return HeadingNumber{value, line.size() - rest.size()};
}

// "三、", "IV. ", "2) ": a numeral, then a separator.
std::optional<HeadingNumber> numeral_then_separator(std::string_view line, const Lexicon& lexicon) {
  const std::size_t n = numeral_prefix(line, lexicon);
  if (n == 0) return std::nullopt;
  const auto value = any_numeral(line.substr(0, n), lexicon);
  if (!value) return std::nullopt;
  for (const std::string& sep : lexicon.structure.numeral_heading_separators) {
    if (!line.substr(n).starts_with(sep)) continue;
    const std::size_t used = n + sep.size();
    const bool ascii_sep = sep.size() == 1;
    // After an ASCII separator a space must follow ("IV. Title", not "e.g.").
    if (ascii_sep && (used >= line.size() || line[used] != ' ')) continue;
    return finish(*value, line, used);
  }
  return std::nullopt;
}

// "第二节", "Part II", "Section 3:": a prefix word, a numeral, then a suffix or separator.
std::optional<HeadingNumber> prefixed(std::string_view line, const Lexicon& lexicon) {
  for (const std::string& prefix : lexicon.structure.section_prefixes) {
    if (!line.starts_with(prefix)) continue;
    const std::string_view after = skip_spaces(line.substr(prefix.size()));
    const std::size_t at = line.size() - after.size();
    std::size_t n = numeral_prefix(after, lexicon);
    if (n == 0)
      n = prefix_while(after, [](std::string_view ch) {
        return std::isalpha(static_cast<unsigned char>(ch[0])) != 0;
      });
    const auto value = any_numeral(after.substr(0, n), lexicon);
    if (!value) continue;
    std::size_t used = at + n;
    for (const std::string& suffix : lexicon.structure.section_suffixes) {
      if (line.substr(used).starts_with(suffix)) {
        used += suffix.size();
        break;
      }
    }
    for (const std::string& sep : lexicon.structure.section_number_separators) {
      if (line.substr(used).starts_with(sep)) used += sep.size();
    }
    if (auto h = finish(*value, line, used)) return h;
  }
  return std::nullopt;
}

}  // namespace

std::optional<long long> parse_chinese_numeral(std::string_view s, const NumeralLexicon& lexicon) {
  if (s.empty()) return std::nullopt;
  ChineseAccumulator acc;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t start = i;
    decode_utf8(s, i);
    if (!acc.add(s.substr(start, i - start), lexicon)) return std::nullopt;
  }
  return acc.value();
}

std::optional<long long> parse_roman(std::string_view s) {
  static constexpr std::string_view kLetters = "IVXLCDM";
  static constexpr long long kValues[] = {1, 5, 10, 50, 100, 500, 1000};
  if (s.empty() || s.size() > 15) return std::nullopt;
  long long total = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto a = kLetters.find(static_cast<char>(std::toupper(static_cast<unsigned char>(s[i]))));
    if (a == std::string_view::npos) return std::nullopt;
    long long next = 0;
    if (i + 1 < s.size()) {
      const auto b =
          kLetters.find(static_cast<char>(std::toupper(static_cast<unsigned char>(s[i + 1]))));
      if (b == std::string_view::npos) return std::nullopt;
      next = kValues[b];
    }
    total += kValues[a] < next ? -kValues[a] : kValues[a];
  }
  // Only canonical forms: the value written back must give the same letters.
  static constexpr std::pair<long long, std::string_view> kCanon[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
  std::string canon;
  for (long long rest = total; const auto& [value, letters] : kCanon) {
    for (; rest >= value; rest -= value) canon += letters;
  }
  std::string upper(s);
  std::transform(upper.begin(), upper.end(), upper.begin(), [](char c) {
    return static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  });
  if (total <= 0 || canon != upper) return std::nullopt;
  return total;
}

std::optional<long long> parse_arabic(std::string_view s) {
  if (s.empty() || s.size() > 12) return std::nullopt;
  long long v = 0;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::optional<long long> parse_number_word(std::string_view s, const NumeralLexicon& lexicon) {
  return lookup(lexicon.words, lower_ascii(s));
}

std::optional<HeadingNumber> heading_number(std::string_view line, const Lexicon& lexicon) {
  if (auto h = prefixed(line, lexicon)) return h;
  return numeral_then_separator(line, lexicon);
}

}  // namespace argmap
