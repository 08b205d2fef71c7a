#include "argmap/learned_lexicon.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>

namespace argmap {
namespace {

using WordIds = std::unordered_map<std::string, int>;

// The link's Chinese words (ids) whose dictionary glosses meet none of its English stems.
std::vector<int> unmet_words(const AnchorSet& a, const UnitPair& p, const std::vector<int>& stems,
                             WordIds& ids) {
  std::vector<int> out;
  for (std::size_t z : p.zh) {
    const Anchors& u = a.zh[z];
    for (std::size_t w = 0; w < u.words.size(); ++w) {
      const bool met = std::any_of(u.glosses[w].begin(), u.glosses[w].end(), [&stems](int g) {
        return std::binary_search(stems.begin(), stems.end(), g);
      });
      if (met) continue;
      out.push_back(ids.emplace(u.words[w], static_cast<int>(ids.size())).first->second);
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

std::uint64_t key(int w, int s) {
  return static_cast<std::uint64_t>(static_cast<std::uint32_t>(w)) << 32 |
         static_cast<std::uint32_t>(s);
}

struct Counts {
  WordIds ids;
  std::vector<int> word, stem;      // links each word (unmet) and stem occur in
  std::vector<std::uint64_t> both;  // one key per link a pair occurs in, sorted
};

// Each link's unmet words and stems, flat, so that the pair keys can be sized before they are
// written (no copy of a half-grown vector at the peak of memory).
struct LinkWords {
  std::vector<int> words, stems;
  std::vector<std::size_t> word_end, stem_end;  // per link, one past its last
};

Counts count(const AnchorSet& a, const std::vector<UnitPair>& links) {
  Counts c;
  LinkWords l;
  std::size_t pairs = 0;
  for (const UnitPair& p : links) {
    const std::vector<int> stems = stems_of(a, p);
    const std::vector<int> words = unmet_words(a, p, stems, c.ids);
    c.word.resize(c.ids.size(), 0);
    for (int w : words) ++c.word[static_cast<std::size_t>(w)];
    for (int s : stems) {
      if (static_cast<std::size_t>(s) >= c.stem.size()) c.stem.resize(s + 1, 0);
      ++c.stem[static_cast<std::size_t>(s)];
    }
    pairs += words.size() * stems.size();
    l.words.insert(l.words.end(), words.begin(), words.end());
    l.stems.insert(l.stems.end(), stems.begin(), stems.end());
    l.word_end.push_back(l.words.size()), l.stem_end.push_back(l.stems.size());
  }
  c.both.reserve(pairs);
  for (std::size_t k = 0; k < links.size(); ++k) {
    const std::size_t w0 = k == 0 ? 0 : l.word_end[k - 1], s0 = k == 0 ? 0 : l.stem_end[k - 1];
    for (std::size_t w = w0; w < l.word_end[k]; ++w) {
      for (std::size_t s = s0; s < l.stem_end[k]; ++s)
        c.both.push_back(key(l.words[w], l.stems[s]));
    }
  }
  std::sort(c.both.begin(), c.both.end());
  return c;
}

}  // namespace

std::size_t learn_glosses(AnchorSet& a, const std::vector<UnitPair>& confident,
                          const AlignmentModel& m, std::vector<LearnedGloss>* added) {
  const Counts c = count(a, confident);
  // Per word, the stem of highest Dice (the lower id on a tie): a deterministic choice.
  std::vector<std::pair<double, int>> best(c.ids.size(), {0.0, -1});
  for (std::size_t r = 0, next = 0; r < c.both.size(); r = next) {
    const std::uint64_t k = c.both[r];
    while (next < c.both.size() && c.both[next] == k) ++next;
    const std::size_t n = next - r;
    const int w = static_cast<int>(k >> 32), s = static_cast<int>(k & 0xffffffffu);
    if (n < m.learn_min_count) continue;
    const double dice =
        2.0 * static_cast<double>(n) / (c.word[static_cast<std::size_t>(w)] + c.stem[s]);
    auto& b = best[static_cast<std::size_t>(w)];
    if (dice >= m.learn_min_dice && (dice > b.first || (dice == b.first && s < b.second)))
      b = {dice, s};
  }
  std::size_t learned = 0;
  for (const std::pair<double, int>& b : best) learned += b.second >= 0 ? 1 : 0;
  for (std::size_t z = 0; z < a.zh.size(); ++z) {
    Anchors& u = a.zh[z];
    for (std::size_t w = 0; w < u.words.size(); ++w) {
      const auto it = c.ids.find(u.words[w]);
      if (it == c.ids.end()) continue;
      const int s = best[static_cast<std::size_t>(it->second)].second;
      if (s < 0 || std::find(u.glosses[w].begin(), u.glosses[w].end(), s) != u.glosses[w].end())
        continue;
      u.glosses[w].push_back(s);
      if (added) added->push_back({z, w});
    }
  }
  return learned;
}

void forget_glosses(AnchorSet& a, const std::vector<LearnedGloss>& added) {
  for (const LearnedGloss& g : added) a.zh[g.unit].glosses[g.word].pop_back();
}

}  // namespace argmap
