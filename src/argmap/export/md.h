// Markdown export: a CommonMark outline of each version's argument map — the major claim, then per
// section its claims as a list with their premises nested under them, supports and attacks marked.
#pragma once

#include <string>

#include "argmap/analysis.h"

namespace argmap {

std::string write_md(const Analysis& analysis);
// Backslash-escapes the characters CommonMark would read as markup inside a line of text.
std::string md_escape(std::string_view text);

}  // namespace argmap
