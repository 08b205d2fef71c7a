// Outline export: a plain-text view of each version for people on a terminal — sections with
// their units, each unit's kind and line:column in its input.
#pragma once

#include <string>

#include "argmap/analysis.h"

namespace argmap {

std::string write_outline(const Analysis& analysis);

}  // namespace argmap
