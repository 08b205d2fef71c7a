#include "argmap/negation_scope.h"

#include <algorithm>

#include "argmap/text.h"

namespace argmap {
namespace {

// X不X, X没X (是不是, 有没有): the cue opens with 不 or 没 and the character before it is the
// one after that 不 or 没.
bool a_not_a(std::string_view text, const Cue& c, const Lexicon& lexicon) {
  const auto opens = [&c](const std::string& x) { return c.form.starts_with(x); };
  const auto it = std::find_if(lexicon.a_not_a.begin(), lexicon.a_not_a.end(), opens);
  if (it == lexicon.a_not_a.end()) return false;
  const std::size_t after = c.start + it->size(), han = 3;  // bytes of a Han character
  return c.start >= han && after + han <= text.size() &&
         text.substr(c.start - han, han) == text.substr(after, han);
}

// One of the lexicon's negation-scope breaks (，；：, ; .) between two byte offsets of a text.
bool clause_break_between(std::string_view text, std::size_t from, std::size_t to,
                          const Lexicon& lexicon) {
  for (std::size_t i = from; i < to && i < text.size();) {
    if (is_one_of(decode_utf8(text, i), lexicon.clause_breaks.negation_scope)) return true;
  }
  return false;
}

// A cue is the pair's word, or a longer cue that opens with it (cannot be for cannot).
bool is_cue(const Cue& c, const std::string& word) {
  return c.form == word || c.form.starts_with(word + " ");
}

// Which cues belong to a double negation pair: the first cue, then the second later in the
// same clause.
std::vector<bool> paired_cues(std::string_view text, const std::vector<Cue>& cues,
                              const Lexicon& lexicon) {
  std::vector<bool> paired(cues.size(), false);
  for (const auto& [first, second] : lexicon.double_negation_pairs) {
    for (std::size_t a = 0; a < cues.size(); ++a) {
      for (std::size_t b = 0; b < cues.size(); ++b) {
        if (paired[a] || paired[b] || !is_cue(cues[a], first) || !is_cue(cues[b], second) ||
            cues[b].start <= cues[a].start ||
            clause_break_between(text, cues[a].start, cues[b].start, lexicon))
          continue;
        paired[a] = paired[b] = true;
      }
    }
  }
  return paired;
}

}  // namespace

NegationScope negation_scope(std::string_view text, const std::vector<Cue>& cues,
                             const Lexicon& lexicon) {
  NegationScope out;
  const std::vector<bool> paired = paired_cues(text, cues, lexicon);
  const auto& affixes = lexicon.affix_negation;
  for (std::size_t i = 0; i < std::min(cues.size(), NegationScope::kSorted); ++i) {
    if (paired[i]) continue;
    if (a_not_a(text, cues[i], lexicon)) {
      out.a_not_a = true;
    } else if (std::find(affixes.begin(), affixes.end(), cues[i].form) != affixes.end()) {
      ++out.affixes;
    } else {
      out.lone |= std::uint64_t{1} << i;
    }
  }
  return out;
}

}  // namespace argmap
