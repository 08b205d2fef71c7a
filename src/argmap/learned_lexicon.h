// Learned lexicon: Chinese word / English stem pairs that keep meeting in a first alignment's
// confident links (Dice coefficient), added to the Chinese words' glosses for a second pass.
#pragma once

#include <cstddef>
#include <vector>

#include "argmap/anchors.h"
#include "argmap/lexicon.h"

namespace argmap {

struct UnitPair {
  std::vector<std::size_t> zh, en;  // unit indices
};

// A word (WordPlace::word) to which learn_glosses added a stem.
struct LearnedGloss {
  std::size_t word = 0;
};

// Adds to a Chinese dictionary word's glosses (which every place it stands shares) the English
// stem it pairs with best in `confident`, when their Dice is at least m.learn_min_dice over at
// least m.learn_min_count links and the dictionary's own glosses did not meet that link. The
// dictionary stays: a learned stem only joins a word's glosses. Deterministic; time linear in
// the links' words and stems. Returns how many words gained a stem; `added`, when given,
// receives which.
std::size_t learn_glosses(AnchorSet& a, const std::vector<UnitPair>& confident,
                          const AlignmentModel& m, std::vector<LearnedGloss>* added = nullptr);

// Takes the stems learn_glosses added (its `added`) off again: the dictionary's glosses alone.
void forget_glosses(AnchorSet& a, const std::vector<LearnedGloss>& added);

}  // namespace argmap
