// Review report: the findings as compiler-style lines for a terminal — `path:line:col:
// severity[code]: message`, the other version's location and both texts under it, then totals.
#pragma once

#include <string>

#include "argmap/analysis.h"

namespace argmap {

std::string write_review(const Analysis& analysis, bool colour);
// "2 errors, 3 warnings, 5 info" — the closing line.
std::string review_summary(const std::vector<Finding>& findings);

}  // namespace argmap
