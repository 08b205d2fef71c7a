// Graphviz: renders DOT text to SVG by running the `dot` program (found on PATH, no shell),
// feeding its standard input while reading its output, so neither side can block the other.
#pragma once

#include <string>

#include "argmap/error.h"

namespace argmap::cli {

// `dot -Tsvg`, DOT on standard input. Errors (exit code 74, I/O error): `dot` cannot be
// started (Graphviz missing), it fails or is killed; the message quotes its first error line.
Result<std::string> render_svg(const std::string& dot);

}  // namespace argmap::cli
