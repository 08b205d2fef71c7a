// Negation scope: which of a unit's negation cues negate its clause on their own — not the two
// cues of a double negation (非…不可, cannot … without), an A-not-A question (会不会) or an affix.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "argmap/cue.h"
#include "argmap/lexicon.h"

namespace argmap {

// A unit's negation cues by scope: which of them negate their clause on their own, as bits
// (the first 64 cues are sorted; any cue past them counts as negating on its own).
struct NegationScope {
  std::uint64_t lone = 0;  // bit i: cue i is neither a double negation's, A-not-A nor an affix
  bool a_not_a = false;  // an A-not-A question (会不会): it asks, and its rendering may ask negated
  int affixes = 0;       // cues that negate the word they begin (无痛, 非法)
  static constexpr std::size_t kSorted = 64;
  bool is_lone(std::size_t cue) const { return cue >= kSorted || ((lone >> cue) & 1u) != 0; }
};

// Of the negation cues found in `text` (byte offsets into it), by the lexicon's
// double_negation_pairs, a_not_a, negation_scope breaks and affix_negation.
NegationScope negation_scope(std::string_view text, const std::vector<Cue>& cues,
                             const Lexicon& lexicon);

}  // namespace argmap
