// HanScript: tells Simplified from Traditional Chinese and makes a Simplified copy of a text
// with the same byte layout, so that every offset found in the copy holds in the original.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace argmap {

enum class ZhScript { kHans, kHant };
const char* script_tag(ZhScript script);                      // "zh-Hans", "zh-Hant"
std::optional<ZhScript> parse_zh_script(std::string_view s);  // "hans" / "hant"

// The script most of the text's Han characters are written in: Traditional when more of them
// have a Simplified form (髮, 這) than a Traditional one (发, 这). Ties, and text without Han
// characters, are Simplified.
ZhScript detect_script(const std::vector<std::string_view>& texts);
// One text's part of that count: its Traditional-only Han characters less its Simplified-only
// ones; and the script a sum of such counts gives (Traditional when above zero).
long traditional_balance(std::string_view text);
ZhScript script_of_balance(long balance);

// text with every Traditional character replaced by its Simplified form (ICU's
// Traditional-Simplified transform, one code point at a time). A character whose Simplified
// form is not one code point of the same UTF-8 length is kept, so byte offsets never move.
// Text that is already Simplified comes back unchanged.
std::string simplified_same_layout(std::string_view text);

}  // namespace argmap
