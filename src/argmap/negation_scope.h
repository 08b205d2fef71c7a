// Negation scope: which of a unit's negation cues negate its clause on their own — not the two
// cues of a double negation (非…不可, cannot … without), an A-not-A question (会不会) or an affix.
#pragma once

#include <string_view>
#include <vector>

#include "argmap/cue.h"
#include "argmap/lexicon.h"

namespace argmap {

// A unit's negation cues by scope.
struct NegationScope {
  std::vector<Cue> lone;  // in order: neither a double negation's, nor A-not-A, nor an affix
  bool a_not_a = false;  // an A-not-A question (会不会): it asks, and its rendering may ask negated
  int affixes = 0;       // cues that negate the word they begin (无痛, 非法)
};

// Of the negation cues found in `text` (byte offsets into it), by the lexicon's
// double_negation_pairs, a_not_a, negation_scope breaks and affix_negation.
NegationScope negation_scope(std::string_view text, const std::vector<Cue>& cues,
                             const Lexicon& lexicon);

}  // namespace argmap
