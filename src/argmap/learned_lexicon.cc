#include "argmap/learned_lexicon.h"

#include <algorithm>

namespace argmap {
namespace {

// The link's Chinese words (ids) whose dictionary glosses meet none of its English stems.
std::vector<int> unmet_words(const AnchorSet& a, const UnitPair& p, const std::vector<int>& stems) {
  std::vector<int> out;
  for (std::size_t z : p.zh) {
    for (const WordPlace& w : a.zh[z].places) {
      const std::vector<int>& glosses = a.glosses_of(w);
      const bool met = std::any_of(glosses.begin(), glosses.end(), [&stems](int g) {
        return std::binary_search(stems.begin(), stems.end(), g);
      });
      if (!met) out.push_back(w.word);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<int> stems_of(const AnchorSet& a, const UnitPair& p) {
  std::vector<int> out;
  for (std::size_t e : p.en) out.insert(out.end(), a.en[e].stems.begin(), a.en[e].stems.end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Each link's words and stems (ids), flat: the pair counts read them link by link.
struct LinkWords {
  std::vector<int> words, stems;
  std::vector<std::size_t> word_end{0}, stem_end{0};  // per link, where it starts; one more
  void add(const std::vector<int>& w, const std::vector<int>& s) {
    words.insert(words.end(), w.begin(), w.end());
    stems.insert(stems.end(), s.begin(), s.end());
    word_end.push_back(words.size()), stem_end.push_back(stems.size());
  }
  std::size_t links() const { return word_end.size() - 1; }
};

// In how many links each id of `ids` occurs (ids unique within a link).
std::vector<int> occurrences(const std::vector<int>& ids, std::size_t size) {
  std::vector<int> n(size, 0);
  for (int i : ids) ++n[static_cast<std::size_t>(i)];
  return n;
}

// Per word, the stems of every link it occurs in, bucketed by word (a counting sort: each
// bucket is then small to sort).
std::vector<int> stems_by_word(const LinkWords& l, std::size_t words,
                               std::vector<std::size_t>& start) {
  start.assign(words + 1, 0);
  for (std::size_t k = 0; k < l.links(); ++k) {
    for (std::size_t w = l.word_end[k]; w < l.word_end[k + 1]; ++w)
      start[static_cast<std::size_t>(l.words[w]) + 1] += l.stem_end[k + 1] - l.stem_end[k];
  }
  for (std::size_t w = 0; w < words; ++w) start[w + 1] += start[w];
  std::vector<int> out(start.back());
  std::vector<std::size_t> at(start.begin(), start.end() - 1);
  for (std::size_t k = 0; k < l.links(); ++k) {
    for (std::size_t w = l.word_end[k]; w < l.word_end[k + 1]; ++w) {
      std::size_t& p = at[static_cast<std::size_t>(l.words[w])];
      for (std::size_t s = l.stem_end[k]; s < l.stem_end[k + 1]; ++s) out[p++] = l.stems[s];
    }
  }
  return out;
}

// Per word, the stem of highest Dice over the links (the lower id on a tie), or -1 when no
// stem reaches the model's count and Dice: a deterministic choice.
std::vector<int> best_stems(const LinkWords& l, std::size_t words, const AlignmentModel& m) {
  const std::vector<int> word = occurrences(l.words, words);
  const std::vector<int> stem = occurrences(
      l.stems,
      l.stems.empty()
          ? 0
          : static_cast<std::size_t>(*std::max_element(l.stems.begin(), l.stems.end())) + 1);
  std::vector<std::size_t> start;
  std::vector<int> pairs = stems_by_word(l, words, start);
  std::vector<int> best(words, -1);
  for (std::size_t w = 0; w < words; ++w) {
    const auto b = pairs.begin() + static_cast<std::ptrdiff_t>(start[w]);
    const auto e = pairs.begin() + static_cast<std::ptrdiff_t>(start[w + 1]);
    std::sort(b, e);
    double top = 0;
    for (auto r = b, next = b; r != e; r = next) {
      next = std::upper_bound(r, e, *r);
      const auto n = static_cast<std::size_t>(next - r);
      const double dice = 2.0 * static_cast<double>(n) / (word[w] + stem[*r]);
      if (n < m.learn_min_count || dice < m.learn_min_dice || dice <= top) continue;
      top = dice, best[w] = *r;
    }
  }
  return best;
}

// The confident links' unmet dictionary words and their stems.
LinkWords unmet_pairs(const AnchorSet& a, const std::vector<UnitPair>& links) {
  LinkWords l;
  for (const UnitPair& p : links) {
    const std::vector<int> stems = stems_of(a, p);
    l.add(unmet_words(a, p, stems), stems);
  }
  return l;
}

}  // namespace

std::size_t learn_glosses(AnchorSet& a, const std::vector<UnitPair>& confident,
                          const AlignmentModel& m, std::vector<LearnedGloss>* added) {
  const std::vector<int> best = best_stems(unmet_pairs(a, confident), a.glosses.size(), m);
  std::size_t learned = 0;
  for (std::size_t w = 0; w < best.size(); ++w) {
    if (best[w] < 0) continue;
    learned += 1;
    std::vector<int>& glosses = a.glosses[w];
    if (std::find(glosses.begin(), glosses.end(), best[w]) != glosses.end()) continue;
    glosses.push_back(best[w]);
    if (added) added->push_back({w});
  }
  return learned;
}

void forget_glosses(AnchorSet& a, const std::vector<LearnedGloss>& added) {
  for (const LearnedGloss& g : added) a.glosses[g.word].pop_back();
}

}  // namespace argmap
