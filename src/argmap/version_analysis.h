// VersionAnalysis: everything argmap knows of one language version — structure, units, features,
// argument graph and the index over them; the value the alignment, checks and writers read.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "argmap/features.h"
#include "argmap/graph.h"
#include "argmap/segmentation.h"
#include "argmap/structure.h"
#include "argmap/version_index.h"

namespace argmap {

struct VersionAnalysis {
  Lang lang = Lang::kZh;
  Structure structure;
  std::vector<Unit> units;
  std::vector<Features> features;  // one per unit
  UnitWords words;                 // every unit's ICU words, kept only for the checks' key terms
  Graph graph;
  VersionIndex index;  // built once the graph and the alignment are final
};

// The first unit of section s's heading block (the title for the preamble), if it has one.
std::optional<std::size_t> heading_unit(const VersionAnalysis& v, std::size_t s);
// The text of the version's title unit, or "" when it has none.
std::string title_text(const VersionAnalysis& v);

}  // namespace argmap
