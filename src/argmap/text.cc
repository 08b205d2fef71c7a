#include "argmap/text.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cstring>

#include "argmap/han_tables.h"

namespace argmap {
namespace {

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Length of the sequence that starts with b, or 0 for a byte that cannot start one.
std::size_t sequence_length(unsigned char b) {
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) return 2;
  if (b >= 0xE0 && b <= 0xEF) return 3;
  if (b >= 0xF0 && b <= 0xF4) return 4;
  return 0;
}

// Bounds for the second byte, which exclude overlong forms, surrogates and > U+10FFFF.
bool second_byte_ok(unsigned char first, unsigned char second) {
  if (first == 0xE0) return second >= 0xA0 && second <= 0xBF;
  if (first == 0xED) return second >= 0x80 && second <= 0x9F;
  if (first == 0xF0) return second >= 0x90 && second <= 0xBF;
  if (first == 0xF4) return second >= 0x80 && second <= 0x8F;
  return is_continuation(second);
}

}  // namespace

std::optional<std::size_t> first_invalid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = sequence_length(b);
    if (n == 0) return i;
    if (n == 1) {
      ++i;
      continue;
    }
    if (i + 1 >= s.size() || !second_byte_ok(b, static_cast<unsigned char>(s[i + 1]))) return i;
    for (std::size_t k = 2; k < n; ++k) {
      if (i + k >= s.size() || !is_continuation(static_cast<unsigned char>(s[i + k]))) return i;
    }
    i += n;
  }
  return std::nullopt;
}

char32_t decode_utf8(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  std::size_t n = sequence_length(b);
  if (n == 0 || i + n > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t c = n == 1 ? b : (b & (0x7F >> n));
  for (std::size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n;
  return c;
}

char32_t decode_utf8_before(std::string_view s, std::size_t& i) {
  std::size_t start = i - 1;
  while (start > 0 && is_continuation(static_cast<unsigned char>(s[start]))) --start;
  std::size_t j = start;
  const char32_t c = decode_utf8(s, j);
  i = start;
  return c;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0;
  for (char ch : s) n += is_continuation(static_cast<unsigned char>(ch)) ? 0 : 1;
  return n;
}

Script script_of(char32_t c) {
  if (c < 0x80) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? Script::kLatin : Script::kOther;
  }
  if (c < 0x10000) return static_cast<Script>(plane_script_class(c));
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode code = uscript_getScript(static_cast<UChar32>(c), &status);
  if (U_FAILURE(status)) return Script::kOther;
  if (code == USCRIPT_HAN) return Script::kHan;
  if (code == USCRIPT_LATIN) return Script::kLatin;
  return Script::kOther;
}

bool is_cjk_char(char32_t c) {
  if (script_of(c) == Script::kHan) return true;
  return (c >= 0x3000 && c <= 0x30FF) || (c >= 0xFF00 && c <= 0xFFEF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || c == 0x2014 || c == 0x2026 || c == 0x201C || c == 0x201D;
}

bool is_space(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0; }

std::string_view trim(std::string_view s) {
  std::size_t begin = 0;
  while (begin < s.size()) {
    std::size_t next = begin;
    if (!is_space(decode_utf8(s, next))) break;
    begin = next;
  }
  std::size_t end = s.size();
  while (end > begin) {
    std::size_t prev = end;
    if (!is_space(decode_utf8_before(s, prev))) break;
    end = prev;
  }
  return s.substr(begin, end - begin);
}

std::uint16_t FormSet::key(char a, char b) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(a) << 8 |
                                    static_cast<unsigned char>(b));
}

FormSet::FormSet(const std::vector<std::string>& forms) {
  std::vector<std::pair<std::uint16_t, std::string>> longer;
  for (const std::string& f : forms) {
    if (f.size() >= 2) longer.emplace_back(key(f[0], f[1]), f);
    if (f.size() == 1) single_.set(static_cast<unsigned char>(f[0]));
    empty_form_ |= f.empty();
  }
  std::stable_sort(longer.begin(), longer.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [k, f] : longer) {
    pairs_.set(k);
    longer_keys_.push_back(k);
    longer_.push_back(std::move(f));
  }
}

bool FormSet::occurs_at(std::string_view s, std::size_t i, bool (*in_word)(char)) const {
  const auto whole = [&](std::size_t size) {
    return in_word == nullptr || is_whole_word(s, i, i + size, in_word);
  };
  if (i == s.size()) return empty_form_ && whole(0);
  if (empty_form_ && whole(0)) return true;
  if (single_.test(static_cast<unsigned char>(s[i])) && whole(1)) return true;
  if (i + 1 == s.size() || !pairs_.test(key(s[i], s[i + 1]))) return false;
  const auto [from, to] =
      std::equal_range(longer_keys_.begin(), longer_keys_.end(), key(s[i], s[i + 1]));
  for (auto k = from; k != to; ++k) {
    const std::string& f = longer_[static_cast<std::size_t>(k - longer_keys_.begin())];
    if (s.compare(i, f.size(), f) == 0 && whole(f.size())) return true;
  }
  return false;
}

bool FormSet::occurs_in(std::string_view s, bool (*in_word)(char)) const {
  if (!empty_form_ && single_.none() && longer_.empty()) return false;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    // Most positions start no form: the byte and the two bytes there tell at once.
    const bool may = empty_form_ ||
                     (i < s.size() && single_.test(static_cast<unsigned char>(s[i]))) ||
                     (i + 1 < s.size() && pairs_.test(key(s[i], s[i + 1])));
    if (!may) continue;
    // A whole word starts where the byte before is no word's.
    const bool word_start = in_word == nullptr || i == 0 || !in_word(s[i - 1]);
    if (word_start && occurs_at(s, i, in_word)) return true;
  }
  return false;
}

bool ends_with_any(std::string_view s, const std::vector<std::string>& endings) {
  const std::string_view t = trim(s);
  return std::any_of(endings.begin(), endings.end(),
                     [t](const std::string& e) { return !e.empty() && t.ends_with(e); });
}

const std::string* ending_of(std::string_view s, const std::vector<std::string>& marks) {
  for (const std::string& m : marks)
    if (!m.empty() && s.ends_with(m)) return &m;
  return nullptr;
}

std::string_view strip_trailing(std::string_view s, const std::vector<std::string>& marks) {
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (const std::string& m : marks) {
      if (m.empty() || !s.ends_with(m)) continue;
      s.remove_suffix(m.size()), stripped = true;
    }
  }
  return s;
}

ScriptCounts count_scripts(std::string_view s) {
  ScriptCounts counts;
  std::size_t i = 0;
  while (i < s.size()) {
    const Script script = script_of(decode_utf8(s, i));
    if (script == Script::kHan) ++counts.han;
    if (script == Script::kLatin) ++counts.latin;
  }
  return counts;
}

void LineIndex::step(Checkpoint& state, char ch) {
  if (ch == '\n' && state.after_cr) {
    state.after_cr = false;
  } else if (ch == '\n' || ch == '\r') {
    state = {state.line + 1, 1, ch == '\r'};
  } else {
    if (!is_continuation(static_cast<unsigned char>(ch))) ++state.column;
    state.after_cr = false;
  }
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  Checkpoint state{1, 1, false};
  checkpoints_.reserve(text.size() / kStride + 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i % kStride == 0) checkpoints_.push_back(state);
    step(state, text[i]);
  }
  if (text.size() % kStride == 0) checkpoints_.push_back(state);
}

// Only the line breaks are stepped through one by one: between two breaks the columns do not
// matter (the second break starts a line), and after the last one the bytes only add columns.
Position LineIndex::locate(std::size_t offset) const {
  if (offset > text_.size()) offset = text_.size();
  const std::size_t cp = offset / kStride;
  Checkpoint state = checkpoints_[cp];
  std::size_t from = cp * kStride;  // the first byte not yet counted
  const auto next = [this, offset](std::size_t i, char c) {
    const void* at = std::memchr(text_.data() + i, c, offset - i);
    return at ? static_cast<std::size_t>(static_cast<const char*>(at) - text_.data()) : offset;
  };
  std::size_t lf = next(from, '\n'), cr = next(from, '\r');
  while (std::min(lf, cr) < offset) {
    const std::size_t i = std::min(lf, cr);
    if (i > from) state.after_cr = false;  // other bytes stood between
    step(state, text_[i]);
    from = i + 1;
    (i == lf ? lf : cr) = next(from, text_[i]);
  }
  std::size_t starts = 0;  // bytes that start a code point
  for (std::size_t i = from; i < offset; ++i)
    starts += is_continuation(static_cast<unsigned char>(text_[i])) ? 0 : 1;
  state.column += starts;
  return {state.line, state.column};
}

std::string backslash_escape(std::string_view text, std::string_view markup) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (markup.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string lower_ascii(std::string_view s) {
  std::string out;
  lower_ascii_into(s, out);
  return out;
}

void lower_ascii_into(std::string_view s, std::string& out) {
  out.assign(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

std::size_t count_letters(std::string_view s) {
  std::size_t n = 0, i = 0;
  while (i < s.size()) {
    const char32_t c = decode_utf8(s, i);
    if (script_of(c) != Script::kOther || (c >= '0' && c <= '9')) ++n;
  }
  return n;
}

bool equal_ascii_ci(std::string_view a, std::string_view b) {
  const auto lower = [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  };
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                            [&](char x, char y) { return lower(x) == lower(y); });
}

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || (c >= '0' && c <= '9'); }

std::vector<std::string_view> ascii_words(std::string_view s, bool (*in_word)(char)) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && in_word(s[i])) continue;
    if (i > start) out.push_back(s.substr(start, i - start));
    start = i + 1;
  }
  return out;
}

bool is_whole_word(std::string_view s, std::size_t at, std::size_t end, bool (*in_word)(char)) {
  return (at == 0 || !in_word(s[at - 1])) && (end >= s.size() || !in_word(s[end]));
}

bool is_one_of(char32_t c, std::u32string_view set) {
  return set.find(c) != std::u32string_view::npos;
}

bool mark_after_letters(std::string_view s, std::size_t from,
                        const std::vector<std::string>& marks) {
  bool letters = false;
  for (std::size_t i = from; i < s.size();) {
    const auto starts = [&](const std::string& m) { return s.compare(i, m.size(), m) == 0; };
    if (letters && std::any_of(marks.begin(), marks.end(), starts)) return true;
    letters |= script_of(decode_utf8(s, i)) != Script::kOther;
  }
  return false;
}

}  // namespace argmap
