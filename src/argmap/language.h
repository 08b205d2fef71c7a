// The two languages argmap reads, and their codes in ids and JSON.
// Everything language-specific beyond this lives in the lexicon data files.
#pragma once

#include <optional>
#include <string_view>

namespace argmap {

enum class Lang { kZh, kEn };

inline std::string_view lang_code(Lang lang) { return lang == Lang::kZh ? "zh" : "en"; }
inline Lang other(Lang lang) { return lang == Lang::kZh ? Lang::kEn : Lang::kZh; }
inline std::string_view lang_name(Lang lang) { return lang == Lang::kZh ? "Chinese" : "English"; }
inline std::optional<Lang> parse_lang(std::string_view code) {
  if (code == "zh") return Lang::kZh;
  if (code == "en") return Lang::kEn;
  return std::nullopt;
}

}  // namespace argmap
