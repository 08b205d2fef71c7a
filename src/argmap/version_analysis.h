// VersionAnalysis: everything argmap knows of one language version — its structure, units,
// the units' features and its argument graph. The value the alignment and checks read.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "argmap/features.h"
#include "argmap/graph.h"
#include "argmap/segmentation.h"
#include "argmap/structure.h"

namespace argmap {

struct VersionAnalysis {
  Lang lang = Lang::kZh;
  Structure structure;
  std::vector<Unit> units;
  std::vector<Features> features;  // one per unit
  Graph graph;
};

// The first unit of section s's heading block (the title for the preamble), if it has one.
std::optional<std::size_t> heading_unit(const VersionAnalysis& v, std::size_t s);
// The text of the version's title unit, or "" when it has none.
std::string title_text(const VersionAnalysis& v);

}  // namespace argmap
