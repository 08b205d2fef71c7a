// Analysis: the whole pipeline's value for a set of inputs — the document, and per language
// version its structure, units, unit features and argument graph. Built by analyse(), a pure
// function of inputs and options.
#pragma once

#include <vector>

#include "argmap/document.h"
#include "argmap/features.h"
#include "argmap/graph.h"
#include "argmap/lexicon.h"
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

struct Analysis {
  Document doc;
  std::vector<VersionAnalysis> versions;  // Chinese first when present
  const VersionAnalysis* find(Lang lang) const;
};

struct AnalyseOptions {
  SplitOptions split;
};

Result<Analysis> analyse(std::vector<Input> inputs, const AnalyseOptions& options,
                         const Lexicons& lexicons);

}  // namespace argmap
