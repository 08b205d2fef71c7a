// Argdown export: each version as Argdown source — a heading per version and per section, every
// unit a statement `[zh:u12]: text` and each relation an outgoing `+> [zh:u11]` or `-> [..]` under
// it.
#pragma once

#include <string>
#include <string_view>

#include "argmap/analysis.h"

namespace argmap {

std::string write_argdown(const Analysis& analysis);
// Backslash-escapes what Argdown would read as markup in statement text: references, mentions,
// tags, emphasis, data, comments and special characters.
std::string argdown_escape(std::string_view text);

}  // namespace argmap
