// Features: what later stages need to know of each unit — connectives with their senses,
// negation, hedges, claim and reported-view cues, question, quotes and normalised numbers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "argmap/cue.h"
#include "argmap/lexicon.h"
#include "argmap/negation_scope.h"
#include "argmap/phrase_matcher.h"
#include "argmap/quantity.h"
#include "argmap/segmentation.h"

namespace argmap {

struct ConnectiveUse {
  std::string form;
  Senses senses;
  std::size_t start = 0;
  bool unit_initial = false;    // opens the unit (after leading punctuation)
  bool counter = false;         // opens the counter-position (nevertheless, 但): a turn
  bool clause_initial = false;  // starts a clause (after a comma or at the unit's start)
  bool adverbial = false;       // may stand inside a clause ("X, however, Y"), unlike but/虽然
  // The clause it opens goes on about the previous clause's subject: 却 after a comma (it
  // stands after its subject, which is left out), "but they".
  bool shared_subject = false;
  // It opens spoken narration (So, And, sentence after sentence): it only goes on, so the unit
  // has no opening connective for the graph, while its senses still match the other version's.
  bool goes_on = false;
};

struct PairedUse {
  std::string first;
  std::string second;
  Senses senses;
};

struct Features {
  std::vector<ConnectiveUse> connectives;
  std::vector<PairedUse> paired;
  std::vector<Cue> negation;
  // Negation besides the cues: words negated by an affix (unsupported, painless), an implicit
  // form (less than, 缺乏), a rhetorical question's (难道不); and an exception marker (除了),
  // which a rendering may give as "without".
  int negated_words = 0;
  bool implicit_negation = false, rhetorical_negation = false, exception_marker = false;
  std::vector<Cue> hedges;
  std::vector<Cue> claim_cues;
  bool thesis_cue = false;  // one of the claim cues is a thesis cue (should, 必须)
  std::vector<Cue> view_cues;
  bool stance_cue = false;   // the author takes a side in the first person (I agree, 我认为)
  bool plan_cue = false;     // the text announces its own plan (will be discussed, 本文将)
  bool summary_cue = false;  // it sums up what came before (the reasons above, 综上所述)
  std::vector<std::string> quotes;  // text inside “…”, "…", 「…」
  // ICU's words of two or more code points that are no stopword, lowercased, as ids (numbered
  // per version in order of first use), sorted and distinct.
  std::vector<std::uint32_t> content_words;
  std::vector<Quantity> numbers;
  bool question = false;
  bool lead_in = false;          // ends in one of the lexicon's lead-in marks (a colon)
  NegationScope negation_scope;  // of `negation`

  // The connective that opens the unit, if any; none when it only goes on (goes_on).
  const ConnectiveUse* opening() const;
  bool opens_with(Sense sense) const;
  bool has_sense(Sense sense) const;  // any connective or paired form
  Senses senses() const;              // distinct first senses, in order of appearance
  // The senses of the connective or paired form in the unit (a relation's marker); none
  // without.
  Senses senses_of(std::string_view form) const;
};

// Whether two sense lists (a relation's marker, a unit's connectives) have a sense in common.
bool shares_sense(const Senses& a, const Senses& b);

// ICU's words of each unit that hold a letter or digit (word_tokens), as byte spans of the
// unit's text, stored flat: unit u's are spans[offsets[u] .. offsets[u + 1]).
struct UnitWords {
  struct Span {
    std::uint32_t start = 0, end = 0;
  };
  std::vector<std::uint32_t> offsets{0};
  std::vector<Span> spans;
  bool holds(std::size_t units) const { return offsets.size() == units + 1; }
  std::span<const Span> of(std::size_t u) const {
    return {spans.data() + offsets[u], offsets[u + 1] - offsets[u]};
  }
};

// Extracts the features of each unit of one version; `words`, when given, keeps the words the
// content words were read from (for later stages that need ICU's words again).
std::vector<Features> extract_features(const std::vector<Unit>& units, const Lexicon& lexicon,
                                       UnitWords* words = nullptr);
Features features_of(std::string_view text, const Lexicon& lexicon, const PhraseMatcher& matcher);

}  // namespace argmap
