// Bitext: what the TMX and XLIFF writers share — the links to write (the alignment, or each unit
// alone when there is none), the text of one side of a link, and XML 1.0 text escaping.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "argmap/analysis.h"

namespace argmap {

// The alignment's links; without an alignment, one link per unit of each version (1-0 / 0-1).
std::vector<Link> bitext_links(const Analysis& analysis);
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
