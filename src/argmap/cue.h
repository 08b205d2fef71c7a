// Cue: one lexicon phrase found in a unit's text (a negation, a hedge, a claim or view cue),
// as the lexicon writes it and where it starts.
#pragma once

#include <cstddef>
#include <string>

namespace argmap {

struct Cue {
  std::string form;       // as in the lexicon (lowercase for English)
  std::size_t start = 0;  // byte offset in the unit text
};

}  // namespace argmap
