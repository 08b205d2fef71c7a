// Bitext: what the TMX and XLIFF writers share, over the walk's rows — a link's kind, the text
// and ids of one side of it, and XML 1.0 text escaping.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "argmap/analysis.h"

namespace argmap {

// "1-1", "2-1", "1-0", ...: units on the Chinese side, then on the English side.
std::string link_kind(const Link& link);
// The side's unit texts joined: no separator in Chinese, one space in English.
std::string side_text(const Analysis& analysis, Lang lang, const std::vector<std::size_t>& units);
// "zh:u3 zh:u4": the side's unit ids.
std::string side_ids(Lang lang, const std::vector<std::size_t>& units);
// Escapes & < > " ' and drops what XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE,
// U+FFFF). `text` must be valid UTF-8.
std::string xml_escape(std::string_view text);

}  // namespace argmap
