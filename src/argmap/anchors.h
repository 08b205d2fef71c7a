// Anchors: what one unit offers for comparison with units of the other language — its length
// in letters, dictionary glosses or English word stems, numbers, Latin tokens, glossary terms,
// punctuation and kind. Computed once per unit; bead scores combine them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "argmap/dictionary.h"
#include "argmap/glossary.h"
#include "argmap/lexicon.h"
#include "argmap/version_analysis.h"

namespace argmap {

// How a unit's text ends, closing quotes and brackets aside: the punctuation classes a bead's
// ends are compared by (PunctuationOdds).
enum class EndClass : std::uint8_t {
  kStop,
  kQuestion,
  kExclaim,
  kComma,
  kSemicolon,
  kColon,
  kNone
};
inline constexpr std::size_t kEndClasses = 7;

// A dictionary word of a Chinese unit: where it stands (its bytes in the unit's text), its
// clause (how many of the lexicon's clause breaks stand before it) and which word it is: the
// document's number for its dictionary entry (one per headword, numbered in order of first
// meeting), which indexes AnchorSet::glosses. 32 bits: a unit of 4 GiB would need some 200 GiB
// of analysis first.
struct WordPlace {
  std::uint32_t start = 0, length = 0;
  std::int32_t clause = 0;
  std::int32_t word = 0;
};
// The word's text, in the text of the unit it belongs to.
inline std::string_view word_text(std::string_view unit_text, const WordPlace& w) {
  return unit_text.substr(w.start, w.length);
}
// The word is one character: its characters are Han, of 3 or 4 bytes each.
inline bool single_character(const WordPlace& w) { return w.length <= 4; }

struct Anchors {
  double letters = 0;                // Han characters or Latin letters and digits
  std::vector<WordPlace> places;     // zh: per dictionary word, where and which it is
  std::vector<int> stems;            // en: ids of its words' stems, sorted, distinct
  std::vector<int> words;            // en: each word in order, as AnchorSet::words has it
  std::vector<std::string> numbers;  // normalised "10 year", "3"
  std::vector<std::string> latin;    // zh: Latin tokens as written (AGI)
  std::vector<int> latin_words;      // zh: each Latin token as the English word it is
                                     // (case aside) in AnchorSet::words, or -1
  std::vector<int> terms;            // glossary terms present (index into the glossary)
  bool lead_in = false, question = false;
  EndClass end = EndClass::kNone;
  UnitKind kind = UnitKind::kSentence;
};

struct AnchorResources {
  const Dictionary* dictionary = nullptr;
  const Glossary* glossary = nullptr;
  const AlignmentModel* model = nullptr;  // the sentence aligner's; analyse() sets zh.json's
  const Lexicons* lexicons = nullptr;     // required: zh's clause breaks, en's stem rules
  unsigned threads = 1;                   // up to this many; the anchors do not depend on it
};

// Where the clauses of the Chinese units break (the lexicon's clause marks), stored flat: the
// marks of unit z are marks[offsets[z] .. offsets[z + 1]), in order.
struct ClauseMark {
  std::uint32_t start = 0, end = 0;  // the mark's bytes in the unit's text
};
struct ClauseMarks {
  std::vector<std::uint32_t> offsets{0};
  std::vector<ClauseMark> marks;
  std::span<const ClauseMark> of(std::size_t z) const {
    return {marks.data() + offsets[z], offsets[z + 1] - offsets[z]};
  }
};

// The English version's words, each once (lowercased), with its stem and whether it is a
// content word: two letters or more, no digit first, no stopword.
struct EnglishWords {
  std::vector<std::string> names;  // by word id
  std::vector<int> stems;          // by word id: the stem id
  std::vector<std::uint8_t> content;
};

// Anchors of every unit of both versions; stems share one id space.
struct AnchorSet {
  std::vector<Anchors> zh, en;
  ClauseMarks zh_clauses;  // by Chinese unit
  // By word (WordPlace::word): the ids of the English stems its glosses have, shared by every
  // place the word stands.
  std::vector<std::vector<int>> glosses;
  const std::vector<int>& glosses_of(const WordPlace& w) const {
    return glosses[static_cast<std::size_t>(w.word)];
  }
  EnglishWords words;
  std::vector<std::string> stem_names;  // by stem id
  LinkModel link;                       // how alike units are scored: the lexicon's link model
};
AnchorSet compute_anchors(const VersionAnalysis& zh, const VersionAnalysis& en,
                          const AnchorResources& resources);

// Clause `index` of Chinese unit z, as WordPlace::clause numbers them, without the mark that
// ends it; `text` is the unit's text. Empty past the unit's last clause.
std::string_view clause_text(const AnchorSet& a, std::size_t z, std::string_view text, int index);

// How well zh units [zb, ze) match en units [eb, ee): 0 (nothing alike) to 1.
double bead_score(const AnchorSet& a, std::size_t zb, std::size_t ze, std::size_t eb,
                  std::size_t ee, bool with_dictionary);

// Agreement of everything but length and dictionary: unit kind, numbers, glossary terms,
// Latin tokens, question and lead-in punctuation; a weighted sum and its weight.
struct Agreement {
  double score = 0, weight = 0;
};
Agreement feature_agreement(const AnchorSet& a, std::size_t zb, std::size_t ze, std::size_t eb,
                            std::size_t ee);
// Whether a unit is a plain sentence with none of those features: beads of plain units agree
// fully when their last units end alike (feature_agreement is 1 without computing it).
bool plain_unit(const Anchors& a, bool zh);  // zh: Latin tokens count

// Share of the Chinese units' dictionary words [zb, ze) that have a gloss among the English
// units' word stems [eb, ee); 0.5 when no Chinese word has a usable gloss.
double dictionary_score(const AnchorSet& a, std::size_t zb, std::size_t ze, std::size_t eb,
                        std::size_t ee);

// Whether each dictionary word of Chinese unit z is rendered in the English units: kRendered
// when one of its glosses is among their word stems, kNotRendered when none is, kNoContent for
// single characters and words without a usable gloss (the comparison says nothing for them).
enum class WordMatch { kNoContent, kNotRendered, kRendered };
std::vector<WordMatch> content_word_matches(const AnchorSet& a, std::size_t z,
                                            const std::vector<std::size_t>& en_units);

}  // namespace argmap
