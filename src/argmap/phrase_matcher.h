// PhraseMatcher: finds lexicon phrases in a unit's text — longest match first, without overlap;
// English phrases match whole words ignoring ASCII case, Chinese phrases match anywhere.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "argmap/lexicon.h"

namespace argmap {

// What a phrase is to the features stage; one phrase can be several (a bit each in Phrase::kinds).
// kNonCue: holds a cue's words but states no position, so it hides the cue.
enum PhraseKind : std::uint8_t {
  kConnective,
  kNegation,
  kNonNegation,
  kHedge,
  kClaimCue,
  kViewCue,
  kPairFirst,
  kPairSecond,
  kThesisCue,
  kStanceCue,
  kPlanCue,
  kContinuingSubject,
  kSummaryCue,
  kNonCue
};

struct Phrase {
  std::string form;         // lowercase
  std::uint32_t kinds = 0;  // bit k set for PhraseKind k
  bool is(PhraseKind k) const { return (kinds >> k & 1u) != 0; }
  std::vector<std::size_t> connectives;  // indices into Lexicon::connectives
};

struct PhraseHit {
  std::size_t phrase = 0;  // index into PhraseMatcher::phrases()
  std::size_t start = 0;   // byte range in the text
  std::size_t end = 0;
};

class PhraseMatcher {
 public:
  explicit PhraseMatcher(const Lexicon& lexicon);
  std::vector<PhraseHit> find(std::string_view text) const;
  // find on text whose ASCII letters are already lowercased (lower_ascii).
  std::vector<PhraseHit> find_lower(std::string_view lower) const;
  const std::vector<Phrase>& phrases() const { return phrases_; }
  // The index of the phrase of exactly this form (lowercase), or phrases().size() if none.
  std::size_t index_of(const std::string& form) const;

 private:
  void add(std::string form, PhraseKind kind, std::optional<std::size_t> connective);
  void mark_negated_cues(const Lexicon& lexicon);
  void index_by_first_bytes();
  std::size_t match_at(std::string_view lower, std::size_t i) const;
  std::size_t match_in(std::string_view lower, std::size_t i, std::uint32_t from,
                       std::uint32_t to) const;
  bool whole_words_;
  std::vector<Phrase> phrases_;
  std::map<std::string, std::size_t> by_form_;
  // Phrases of two bytes or more grouped by their first two bytes (group k at
  // [pair_start_[k], pair_start_[k + 1]) of by_pair_), longest first; then those of one byte,
  // grouped by it.
  std::vector<std::uint32_t> pair_start_, by_pair_, single_start_, by_single_;
};

}  // namespace argmap
