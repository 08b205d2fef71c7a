#include "argmap/han_script.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <memory>
#include <vector>

#include "argmap/han_tables.h"
#include "argmap/text.h"

namespace argmap {
namespace {

// Which code points of the Basic Multilingual Plane a table maps, a bit each: most characters
// of a text are in no table, and a bit says so without a search.
class PlaneBits {
 public:
  explicit PlaneBits(std::span<const HanPair> table) : bits_(0x10000 / 64, 0) {
    for (const HanPair& p : table) {
      if (p.from < 0x10000) bits_[p.from / 64] |= std::uint64_t{1} << (p.from % 64);
    }
  }
  // False only where the table surely has no entry for c.
  bool may_map(char32_t c) const { return c >= 0x10000 || (bits_[c / 64] >> (c % 64) & 1) != 0; }

 private:
  std::vector<std::uint64_t> bits_;
};

// One direction of ICU's Traditional/Simplified transform: single characters from the table
// generated from it at build time; whole runs through ICU, created only when first needed.
class CharTransform {
 public:
  CharTransform(const char* id, std::span<const HanPair> table, const PlaneBits& mapped)
      : id_(id), table_(table), mapped_(mapped) {}

  // c's image, or c itself when the image is not one code point.
  char32_t operator()(char32_t c) const {
    if (c < 0x80 || !mapped_.may_map(c)) return c;
    return han_image(table_, c);
  }

  // A whole run of text through the transform (unchanged when ICU has no such transform).
  std::string transform_run(std::string_view run) {
    if (!transform_ && !failed_) {
      UErrorCode status = U_ZERO_ERROR;
      transform_.reset(icu::Transliterator::createInstance(id_, UTRANS_FORWARD, status));
      failed_ = U_FAILURE(status);
    }
    if (!transform_) return std::string(run);
    icu::UnicodeString s = icu::UnicodeString::fromUTF8(
        icu::StringPiece(run.data(), static_cast<int32_t>(run.size())));
    transform_->transliterate(s);
    std::string out;
    return s.toUTF8String(out);
  }

 private:
  const char* id_;
  std::span<const HanPair> table_;
  const PlaneBits& mapped_;
  std::unique_ptr<icu::Transliterator> transform_;
  bool failed_ = false;
};

CharTransform to_simplified() {
  static const PlaneBits mapped(to_simplified_table());
  return CharTransform("Traditional-Simplified", to_simplified_table(), mapped);
}

CharTransform to_traditional() {
  static const PlaneBits mapped(to_traditional_table());
  return CharTransform("Simplified-Traditional", to_traditional_table(), mapped);
}

std::size_t utf8_length(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

// Whether b has as many code points as a, each of the same UTF-8 length.
bool same_layout(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0, j = 0; i < a.size();) {
    const char32_t ca = decode_utf8(a, i), cb = decode_utf8(b, j);
    if (i != j || utf8_length(ca) != utf8_length(cb)) return false;
  }
  return true;
}

// The run with each character replaced by its Simplified form where that keeps its length.
std::string by_character(std::string_view run, CharTransform& to_hans) {
  std::string out;
  for (std::size_t i = 0; i < run.size();) {
    const char32_t c = decode_utf8(run, i);
    const char32_t s = to_hans(c);
    append_utf8(out, utf8_length(s) == utf8_length(c) ? s : c);
  }
  return out;
}

bool has_traditional(std::string_view run, CharTransform& to_hans) {
  for (std::size_t i = 0; i < run.size();) {
    const char32_t c = decode_utf8(run, i);
    if (to_hans(c) != c) return true;
  }
  return false;
}

// The Simplified form of a run of Han characters, appended to out: the run transformed as a
// whole (so that word rules such as 甚麼 → 什么 apply) when that keeps every character's byte
// length, else character by character. A run with nothing to change is copied as it is.
void simplify_run(std::string_view run, CharTransform& to_hans, std::string& out) {
  if (!has_traditional(run, to_hans)) {
    out.append(run);
    return;
  }
  const std::string whole = to_hans.transform_run(run);
  out += same_layout(run, whole) ? whole : by_character(run, to_hans);
}

}  // namespace

const char* script_tag(ZhScript script) {
  return script == ZhScript::kHant ? "zh-Hant" : "zh-Hans";
}

std::optional<ZhScript> parse_zh_script(std::string_view s) {
  if (s == "hans") return ZhScript::kHans;
  if (s == "hant") return ZhScript::kHant;
  return std::nullopt;
}

long traditional_balance(std::string_view text) {
  CharTransform to_hans = to_simplified();
  CharTransform to_hant = to_traditional();
  long balance = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = decode_utf8(text, i);
    if (script_of(c) == Script::kHan) balance += (to_hans(c) != c) - (to_hant(c) != c);
  }
  return balance;
}

ZhScript script_of_balance(long balance) { return balance > 0 ? ZhScript::kHant : ZhScript::kHans; }

ZhScript detect_script(const std::vector<std::string_view>& texts) {
  long balance = 0;  // Traditional-only characters minus Simplified-only ones
  for (std::string_view text : texts) balance += traditional_balance(text);
  return script_of_balance(balance);
}

std::string simplified_same_layout(std::string_view text) {
  CharTransform to_hans = to_simplified();
  std::string out;
  out.reserve(text.size());
  std::size_t run = 0;  // where the current run of Han characters starts
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    if (script_of(decode_utf8(text, i)) == Script::kHan) continue;
    simplify_run(text.substr(run, at - run), to_hans, out);
    out.append(text.substr(at, i - at));
    run = i;
  }
  simplify_run(text.substr(run), to_hans, out);
  return out;
}

}  // namespace argmap
