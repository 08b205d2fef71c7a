#include "argmap/punctuation_odds.h"

#include <cmath>

namespace argmap {
namespace {

std::size_t of(const Anchors& u) { return static_cast<std::size_t>(u.end); }

using Counts = std::array<double, kEndClasses>;

// Per class: log of its smoothed share among `part` over its share among `all`.
Counts log_ratio(const Counts& part, const Counts& all, double s) {
  double np = 0, na = 0;
  for (std::size_t c = 0; c < kEndClasses; ++c) np += part[c], na += all[c];
  const double k = static_cast<double>(kEndClasses) * s;
  Counts out{};
  for (std::size_t c = 0; c < kEndClasses; ++c)
    out[c] = std::log((part[c] + s) / (np + k)) - std::log((all[c] + s) / (na + k));
  return out;
}

// Counts of the classes of every unit in the beads (all) and of those inside a merge (inside).
void count_units(const std::vector<Anchors>& units, const std::vector<std::size_t>& bead,
                 Counts& all, Counts& inside) {
  for (std::size_t k = 0; k < bead.size(); ++k) {
    all[of(units[bead[k]])] += 1;
    if (k + 1 < bead.size()) inside[of(units[bead[k]])] += 1;
  }
}

}  // namespace

PunctuationOdds estimate_punctuation(const AnchorSet& a, const std::vector<UnitPair>& beads,
                                     double smoothing) {
  std::array<Counts, kEndClasses> pair{};
  Counts zh_end{}, en_end{}, zh_all{}, zh_inside{}, en_all{}, en_inside{};
  double n = 0;
  for (const UnitPair& b : beads) {
    if (b.zh.empty() || b.en.empty()) continue;
    const std::size_t z = of(a.zh[b.zh.back()]), e = of(a.en[b.en.back()]);
    pair[z][e] += 1, zh_end[z] += 1, en_end[e] += 1, n += 1;
    count_units(a.zh, b.zh, zh_all, zh_inside);
    count_units(a.en, b.en, en_all, en_inside);
  }
  // Pairs smoothed by s each, so each class's margin by kEndClasses * s.
  const double s = smoothing, k = static_cast<double>(kEndClasses) * s, total = n + k * k / s;
  PunctuationOdds odds;
  for (std::size_t z = 0; z < kEndClasses; ++z) {
    for (std::size_t e = 0; e < kEndClasses; ++e) {
      odds.ends[z][e] = std::log((pair[z][e] + s) * total / ((zh_end[z] + k) * (en_end[e] + k)));
    }
  }
  odds.inside_zh = log_ratio(zh_inside, zh_all, s);
  odds.inside_en = log_ratio(en_inside, en_all, s);
  return odds;
}

}  // namespace argmap
