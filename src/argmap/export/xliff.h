// XLIFF export: an XLIFF 2.1 document (srcLang zh-CN, trgLang en), one <unit> per alignment link
// with one <segment> of source and target; the findings on a link as its <notes>, by check code.
#pragma once

#include <string>

#include "argmap/analysis.h"

namespace argmap {

std::string write_xliff(const Analysis& analysis);

}  // namespace argmap
