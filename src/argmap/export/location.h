// Location: where a unit stands for people and tools — the input path, 1-based line:column (in
// code points) and byte range. Shared by the review report, JSON findings and SARIF.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "argmap/analysis.h"

namespace argmap {

struct Location {
  std::string path;
  std::size_t input = 0;
  Position start, end;  // end locates the unit's last character
  std::size_t byte_start = 0, byte_end = 0;
};

// Line indexes of every input, built once per export.
class Locator {
 public:
  explicit Locator(const Analysis& analysis);
  Location of(const VersionAnalysis& v, std::size_t unit) const;

 private:
  const Analysis& analysis_;
  std::vector<LineIndex> lines_;
};

}  // namespace argmap
