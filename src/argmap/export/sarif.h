// SARIF export: the findings as a SARIF 2.1.0 log — one rule (with help text) per check, each
// result located in the Chinese input with the English location related to it.
#pragma once

#include <string>

#include "argmap/analysis.h"

namespace argmap {

std::string write_sarif(const Analysis& analysis);

}  // namespace argmap
