// Check: the translation review — rules that compare the two aligned versions the way a careful
// reviewer would and report Findings. Each rule is its own module under checks/.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "argmap/checks/input.h"
#include "argmap/finding.h"

namespace argmap {

struct CheckRule {
  const char* code;
  Severity severity;  // the most severe finding it reports
  const char* title;  // short name, for SARIF rules and help
  const char* help;   // what it looks for, one sentence
  void (*run)(const CheckInput&, std::vector<Finding>&);
};

const std::vector<CheckRule>& check_rules();
// Runs every rule; findings in document order of their first unit, then by code.
std::vector<Finding> run_checks(const CheckInput& input);

}  // namespace argmap
