// HTML export: one self-contained review page — both versions side by side in aligned rows,
// roles, relations and findings at their units, a severity filter; no network, deterministic.
#pragma once

#include <string>
#include <string_view>

#include "argmap/analysis.h"

namespace argmap {

// The page: a header (titles, inputs, findings summary), a sticky bar (severity filter,
// legend), then one row per alignment link — Chinese left, English right, a separator where a
// section starts — each unit with its role badge, relations (links that highlight their
// target) and finding flags; each finding listed under the row of its first unit. Element ids:
// units "zh-u12", findings "f3" (1-based, in findings order). Without an alignment, one row
// per unit. A Content-Security-Policy forbids every network request.
std::string write_html(const Analysis& analysis);

// Text for HTML content and attribute values: & < > " ' as character references.
std::string html_escape(std::string_view text);

}  // namespace argmap
