// TMX export: a TMX 1.4b translation memory of the aligned units (srclang zh-CN), one <tu> per
// alignment link, its kind ("1-1", "2-1", "1-0", ...) in <prop type="x-link">, text XML-escaped.
#pragma once

#include <string>

#include "argmap/analysis.h"

namespace argmap {

std::string write_tmx(const Analysis& analysis);

}  // namespace argmap
