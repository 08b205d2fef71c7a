// Punctuation odds: how a document's end punctuation pairs across the beads of a first pass —
// log odds against chance of each (zh, en) class pair ending a bead, and of each class inside one.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

#include "argmap/anchors.h"
#include "argmap/learned_lexicon.h"

namespace argmap {

struct PunctuationOdds {
  // [zh class][en class]: log P(pair ends a bead) / (P(zh class) P(en class)).
  std::array<std::array<double, kEndClasses>, kEndClasses> ends{};
  // Per class: log P(class | a unit inside a merge, not its last) / P(class | any unit).
  std::array<double, kEndClasses> inside_zh{}, inside_en{};
};

// From the beads of a pass (units with a counterpart only), each count smoothed by `smoothing`.
PunctuationOdds estimate_punctuation(const AnchorSet& a, const std::vector<UnitPair>& beads,
                                     double smoothing);

}  // namespace argmap
