// The two languages argmap reads, and their codes in ids and JSON.
// Everything language-specific beyond this lives in the lexicon data files.
#pragma once

#include <optional>
#include <string_view>

namespace argmap {

enum class Lang { kZh, kEn };

// One side of a value holding a member per language (.zh and .en): a Link's or a Finding's
// units, a ByLang. The one place a language picks a member.
template <class Pair>
auto& side(Pair& pair, Lang lang) {
  return lang == Lang::kZh ? pair.zh : pair.en;
}

// A value held per language, read by Lang: units_of[lang].
template <class T>
struct ByLang {
  T zh{};
  T en{};
  T& operator[](Lang lang) { return side(*this, lang); }
  const T& operator[](Lang lang) const { return side(*this, lang); }
};

inline std::string_view lang_code(Lang lang) { return ByLang<std::string_view>{"zh", "en"}[lang]; }
inline Lang other(Lang lang) { return ByLang<Lang>{Lang::kEn, Lang::kZh}[lang]; }
inline std::string_view lang_name(Lang lang) {
  return ByLang<std::string_view>{"Chinese", "English"}[lang];
}
// How a map or a review page heads a version: 中文 zh, English en.
inline std::string_view version_label(Lang lang) {
  return ByLang<std::string_view>{"中文 zh", "English en"}[lang];
}

inline std::optional<Lang> parse_lang(std::string_view code) {
  if (code == "zh") return Lang::kZh;
  if (code == "en") return Lang::kEn;
  return std::nullopt;
}

}  // namespace argmap
