// Finding: one difference between the two versions that a translation reviewer should see —
// a stable code, a severity, a one-line message and the units concerned in both versions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace argmap {

enum class Severity { kError, kWarning, kInfo };

struct Finding {
  std::string code;  // stable, e.g. "polarity", "omission"
  Severity severity = Severity::kWarning;
  std::string message;          // what differs, in a reviewer's words
  std::vector<std::size_t> zh;  // unit indices in the Chinese version
  std::vector<std::size_t> en;  // unit indices in the English version
  std::string case_name = {};   // which case of the check fired, e.g. "marker-dropped"; or ""
  double confidence = 0;        // 0..1, from the calibration table (set by run_checks)
};

const char* severity_name(Severity s);
std::optional<Severity> parse_severity(const std::string& name);
// Errors rank highest: kError > kWarning > kInfo.
inline int severity_rank(Severity s) {
  return s == Severity::kError ? 3 : s == Severity::kWarning ? 2 : 1;
}

}  // namespace argmap
