// DOT export: the argument graphs as ONE Graphviz digraph — a cluster per version (a cluster per
// section inside), a colour per role, supports green/solid, attacks red/dashed, alignment grey.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "argmap/analysis.h"

namespace argmap {

// One digraph, so that `dot -Tsvg` makes one well-formed SVG: versions side by side (Chinese
// left), alignment edges between them (constraint=false, so they do not change the ranks),
// a legend. Node ids are unit ids ("zh:u12"). Byte-identical output for the same input.
std::string write_dot(const Analysis& analysis);

// Font family of every label: covers Chinese and Latin (Debian package fonts-noto-cjk).
inline constexpr std::string_view kDotFont = "Noto Sans CJK SC";

// Breaks text into lines of at most `width` columns (a CJK character counts two): Latin text
// between words, CJK text between characters; closing punctuation never starts a line. A word
// longer than the width stays whole.
std::vector<std::string> wrap_text(std::string_view text, std::size_t width);
// The content of a DOT double-quoted string: `"` and `\` escaped, line breaks as `\n`.
std::string dot_quote(std::string_view text);

}  // namespace argmap
