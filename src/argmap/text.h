// UTF-8 text primitives shared by every stage: validation, decoding, script classes and
// positions. Offsets are bytes into the original input; columns count code points.
#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace argmap {

// Offset of the first byte that is not part of well-formed UTF-8 (overlong forms,
// surrogates and values above U+10FFFF are ill-formed), or nullopt when all is valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view s);

// Decodes the code point at s[i] (s must be valid UTF-8) and advances i past it.
char32_t decode_utf8(std::string_view s, std::size_t& i);
// The offset after the code point at s[i]: decode_utf8's step, with no call for ASCII.
inline std::size_t after_code_point(std::string_view s, std::size_t i) {
  if (static_cast<unsigned char>(s[i]) < 0x80) return i + 1;
  decode_utf8(s, i);
  return i;
}
// Decodes the code point that ends just before s[i] and moves i back to its first byte.
char32_t decode_utf8_before(std::string_view s, std::size_t& i);
void append_utf8(std::string& out, char32_t c);
std::size_t count_code_points(std::string_view s);

enum class Script { kOther, kHan, kLatin };
Script script_of(char32_t c);  // kHan also covers CJK punctuation-free ideographs only
bool is_cjk_char(char32_t c);  // Han ideographs, kana, CJK and fullwidth punctuation
bool is_space(char32_t c);     // Unicode white space
bool is_one_of(char32_t c, std::u32string_view set);  // set: a lexicon's break characters
std::string_view trim(std::string_view s);            // strips Unicode white space at both ends
// The forms of one lexicon list indexed by their first two bytes, built once: whether one occurs
// in a text is then one walk over it, not one search of the text per form.
class FormSet {
 public:
  explicit FormSet(const std::vector<std::string>& forms);
  // Whether one of the forms occurs anywhere in s; with in_word, only where it stands
  // as a whole word (is_whole_word), at any of its occurrences.
  bool occurs_in(std::string_view s, bool (*in_word)(char) = nullptr) const;

 private:
  bool occurs_at(std::string_view s, std::size_t i, bool (*in_word)(char)) const;
  static std::uint16_t key(char a, char b);
  bool empty_form_ = false;
  std::bitset<256> single_;                 // forms of one byte
  std::bitset<65536> pairs_;                // the first two bytes of the longer forms
  std::vector<std::string> longer_;         // sorted by key, then as listed
  std::vector<std::uint16_t> longer_keys_;  // key of each of longer_
};
// Whether s, trimmed, ends with one of `endings` (an empty one never matches).
bool ends_with_any(std::string_view s, const std::vector<std::string>& endings);
// The mark of `marks` that s ends with (the first listed), or null; s is not trimmed.
const std::string* ending_of(std::string_view s, const std::vector<std::string>& marks);
// s without the `marks` at its end, each stripped as often as it occurs (closing quotes).
std::string_view strip_trailing(std::string_view s, const std::vector<std::string>& marks);

// Counts of letters per script in s.
struct ScriptCounts {
  std::size_t han = 0;
  std::size_t latin = 0;
};
ScriptCounts count_scripts(std::string_view s);

struct Position {
  std::size_t line = 1;    // 1-based
  std::size_t column = 1;  // 1-based, code points
};

// Maps byte offsets of one text to line:column. LF, CRLF and CR each end a line.
// Construction is linear; locate() scans at most one checkpoint stride.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  Position locate(std::size_t offset) const;

 private:
  struct Checkpoint {
    std::size_t line;
    std::size_t column;
    bool after_cr;
  };
  static void step(Checkpoint& state, char ch);
  static constexpr std::size_t kStride = 512;
  std::string_view text_;
  std::vector<Checkpoint> checkpoints_;  // state at offsets 0, kStride, 2*kStride, ...
};

// s with the ASCII letters lowercased; every other byte (so all of UTF-8 beyond ASCII) kept.
std::string lower_ascii(std::string_view s);
// lower_ascii into `out`, whose storage is reused from unit to unit.
void lower_ascii_into(std::string_view s, std::string& out);
// Han characters, Latin letters and ASCII digits in s: the length unit of the link model.
std::size_t count_letters(std::string_view s);
// Whether a and b are equal once their ASCII letters are lowercased.
bool equal_ascii_ci(std::string_view a, std::string_view b);
bool is_ascii_alpha(char c);
bool is_ascii_alnum(char c);
// The ASCII word tokeniser: the maximal runs of bytes that in_word accepts, in order (with
// is_ascii_alnum, the Latin tokens of Chinese text such as AGI). Views into s.
std::vector<std::string_view> ascii_words(std::string_view s, bool (*in_word)(char));
// Whether s[at, end) stands as a word of its own: the byte before it and the byte after it,
// where there are any, are not in_word.
bool is_whole_word(std::string_view s, std::size_t at, std::size_t end, bool (*in_word)(char));
// Whether one of `marks` begins at a code point of s after offset `from`, with a Han or Latin
// letter between: "Although X, Y" has a clause after "Although", "Admittedly, X" none.
bool mark_after_letters(std::string_view s, std::size_t from,
                        const std::vector<std::string>& marks);

// text with a backslash before every byte that is one of `markup` (ASCII markup characters).
std::string backslash_escape(std::string_view text, std::string_view markup);

}  // namespace argmap
