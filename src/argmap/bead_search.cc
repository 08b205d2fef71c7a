#include "argmap/bead_search.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "argmap/bead_cost.h"

namespace argmap {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr std::size_t kRing = 5;  // rows of costs kept: a bead spans at most 4 Chinese units

// Row i of the band: columns [lo, lo + bead.size()), the bead (index into the model's list)
// that reached each cell; costs live in a ring of the last rows only.
struct Row {
  std::size_t lo = 0;
  std::vector<std::uint8_t> bead;
};

class BandSearch {
 public:
  explicit BandSearch(const BeadSearchInput& in)
      : in_(in),
        m_(*in.model),
        n_(in.zh.size()),
        e_(in.en.size()),
        coster_(*in.anchors, *in.model, in.zh, in.en, in.dictionary, in.log_ratio, in.punctuation) {
    slope_ = n_ == 0 ? 0.0 : static_cast<double>(e_) / static_cast<double>(n_);
  }

  BeadPath run() {
    rows_.resize(n_ + 1);
    costs_.assign(kRing, {});
    limits_.assign(kRing, kInf);
    std::size_t best = 0;
    for (std::size_t i = 0; i <= n_; ++i) best = fill_row(i, centre_of(i, best), best);
    BeadPath path = backtrack();
    recost(path);
    return path;
  }

 private:
  // Where row i's band is centred: on the guide, or one slope step past the last best cell.
  std::size_t centre_of(std::size_t i, std::size_t best) const {
    if (i == 0) return 0;
    if (!in_.guide.empty()) return std::min(e_, in_.guide[std::min(i, in_.guide.size() - 1)]);
    return std::min(e_, best + static_cast<std::size_t>(std::lround(slope_)));
  }

  // Computes row i over its band; returns the column of its cheapest cell. The band overlaps
  // the last row's best cell, and the final row runs from there to the end, so a path exists.
  std::size_t fill_row(std::size_t i, std::size_t centre, std::size_t last_best) {
    const std::size_t w = in_.guide.empty() ? m_.band : m_.guided_band;
    std::size_t lo = centre > w ? centre - w : 0, hi = std::min(e_, centre + w);
    lo = std::min(lo, last_best), hi = std::max(hi, last_best);
    if (i == n_) hi = e_;
    Row& row = rows_[i];
    row.lo = lo;
    row.bead.assign(hi - lo + 1, 0);
    std::vector<double>& cost = costs_[i % kRing];
    cost.assign(hi - lo + 1, kInf);
    limits_[i % kRing] = kInf;  // the row's own cells, while it is filled
    if (i > 0) coster_.prepare_row(i - 1, lo > 4 ? lo - 4 : 0, hi);
    std::size_t best = lo;
    for (std::size_t j = lo; j <= hi; ++j) {
      relax(i, j, cost[j - lo], row.bead[j - lo]);
      if (cost[j - lo] < cost[best - lo]) best = j;
    }
    limits_[i % kRing] = m_.beam > 0 ? cost[best - lo] + m_.beam : kInf;
    return best;
  }

  // Cell (i, j)'s cost; infinity outside the band or beyond the row's beam.
  double cell(std::size_t i, std::size_t j) const {
    const Row& r = rows_[i];
    if (j < r.lo || j - r.lo >= r.bead.size()) return kInf;
    const double c = costs_[i % kRing][j - r.lo];
    return c > limits_[i % kRing] ? kInf : c;
  }

  // The cheapest way into cell (i, j): every bead kind from the cell it starts at.
  void relax(std::size_t i, std::size_t j, double& out, std::uint8_t& bead) {
    if (i == 0 && j == 0) {
      out = 0;
      return;
    }
    for (std::size_t k = 0; k < m_.beads.size(); ++k) {
      const BeadPrior& b = m_.beads[k];
      if (b.zh > i || b.en > j) continue;
      const double from = cell(i - b.zh, j - b.en);
      if (!std::isfinite(from)) continue;
      const double c = from + coster_.cost(i - b.zh, j - b.en, b.zh, b.en, b.cost, out - from);
      if (c < out) out = c, bead = static_cast<std::uint8_t>(k);
    }
  }

  BeadPath backtrack() const {
    BeadPath path;
    path.centre.assign(n_ + 1, 0);
    std::size_t i = n_, j = e_;
    while (i > 0 || j > 0) {
      const BeadPrior& b = m_.beads[rows_[i].bead[j - rows_[i].lo]];
      const std::size_t pi = i - b.zh, pj = j - b.en;
      path.beads.push_back(PathBead{pi, b.zh, pj, b.en, 0});
      for (std::size_t r = pi; r < i; ++r) path.centre[r] = pj + (r - pi) * b.en / b.zh;
      i = pi, j = pj;
    }
    path.centre[n_] = e_;
    std::reverse(path.beads.begin(), path.beads.end());
    return path;
  }

  // Each bead's own cost, recomputed: the search kept only the last rows' totals.
  void recost(BeadPath& path) {
    for (PathBead& b : path.beads) {
      double prior = 0;
      for (const BeadPrior& p : m_.beads)
        prior = p.zh == b.zh_count && p.en == b.en_count ? p.cost : prior;
      coster_.prepare_row(b.zh_begin, b.en_begin, b.en_begin + b.en_count);
      b.cost = coster_.cost(b.zh_begin, b.en_begin, b.zh_count, b.en_count, prior);
    }
  }

  const BeadSearchInput& in_;
  const AlignmentModel& m_;
  std::size_t n_, e_;
  double slope_ = 0;
  BeadCoster coster_;
  std::vector<Row> rows_;
  std::vector<std::vector<double>> costs_;
  std::vector<double> limits_;  // per ring row: its best cost plus the beam
};

}  // namespace

BeadPath search_beads(const BeadSearchInput& in) { return BandSearch(in).run(); }

double document_log_ratio(const AnchorSet& a) {
  double zh = 0, en = 0;
  for (const Anchors& z : a.zh) zh += z.letters;
  for (const Anchors& e : a.en) en += e.letters;
  return zh < 1 || en < 1 ? 0.0 : std::log(en / zh);
}

}  // namespace argmap
