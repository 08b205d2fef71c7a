// Outline export: a plain-text view of each version for people on a terminal — sections with
// their units, each unit's kind and line:column; with `explain`, roles, relations and rules.
#pragma once

#include <string>

#include "argmap/analysis.h"

namespace argmap {

std::string write_outline(const Analysis& analysis, bool explain = false);

}  // namespace argmap
