// VersionAnalysis: everything argmap knows of one language version — its structure, units,
// the units' features and its argument graph. The value the alignment and checks read.
#pragma once

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

}  // namespace argmap
