// Check: the translation review — rules that compare the two aligned versions the way a careful
// reviewer would and report Findings. Each rule is its own module under checks/.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "argmap/calibration.h"
#include "argmap/checks/input.h"
#include "argmap/error.h"
#include "argmap/finding.h"

namespace argmap {

struct CheckRule {
  const char* code;
  Severity severity;  // the most severe finding it reports
  const char* title;  // short name, for SARIF rules and help
  const char* help;   // what it looks for, one sentence
  void (*run)(const CheckInput&, std::vector<Finding>&);
  const char* cases = "";        // the case names its findings may carry, space-separated
  bool reads_key_terms = false;  // reads CheckInput::key_terms
};

const std::vector<CheckRule>& check_rules();
// The calibration table's keys name rules and their cases ("number/one-sided"); one no rule
// reports (a typo) would silently calibrate nothing, so it is an error naming the file and key.
std::optional<Error> unknown_calibration_case(const Calibration& table);
// Runs every rule; findings in document order of their first unit, then by code. The input's
// key terms come from key_terms_of, worked out (on a second thread when `threads` allows)
// while the rules that do not read them run; the findings do not depend on the threads.
std::vector<Finding> run_checks(CheckInput input, const std::function<KeyTerms()>& key_terms_of,
                                unsigned threads = 1);

}  // namespace argmap
