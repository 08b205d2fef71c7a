#include "argmap/bead_search.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>

#include "argmap/bead_cost.h"
#include "argmap/spin_worker.h"

namespace argmap {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr std::size_t kRing = 5;  // rows of costs kept: a bead spans at most 4 Chinese units
// A search this long shares its rows with a second thread, when it may have one, and a row
// this wide is split: a shorter one costs less than handing half of it over.
constexpr std::size_t kSplitRows = 512;
constexpr std::size_t kSplitWidth = 8;

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
    if (in_.threads > 1 && n_ >= kSplitRows) start_worker();
    std::size_t best = 0;
    for (std::size_t i = 0; i <= n_; ++i) best = fill_row(i, centre_of(i, best), best);
    worker_.reset();
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

  // The worker fills the right part of each row with a coster of its own (the costers keep
  // scratch); the costs do not depend on which coster works them out.
  void start_worker() {
    second_.emplace(coster_);
    worker_ = std::make_unique<SpinWorker>(
        [this](std::size_t) { fill_cells(*second_, job_.i, job_.from, job_.to); });
    if (!worker_->ok()) worker_.reset();
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
    const bool split = worker_ && i > 0 && hi - lo + 1 >= kSplitWidth;
    const std::size_t mid = split ? std::clamp(live_centre_ + 1, lo + 1, hi) : hi + 1;
    if (split) job_ = {i, mid, hi + 1}, worker_->post(0);
    fill_cells(coster_, i, lo, mid);
    if (split) worker_->wait();
    stay_on_row(i);
    std::size_t best = lo;
    for (std::size_t j = lo; j <= hi; ++j) best = cost[j - lo] < cost[best - lo] ? j : best;
    limits_[i % kRing] = m_.beam > 0 ? cost[best - lo] + m_.beam : kInf;
    live_centre_ = live_centre(i);
    return best;
  }

  // The middle of row i's cells within the beam: the next row's work lies around it.
  std::size_t live_centre(std::size_t i) const {
    const Row& row = rows_[i];
    const std::vector<double>& cost = costs_[i % kRing];
    std::size_t first = cost.size(), last = 0;
    for (std::size_t c = 0; c < cost.size(); ++c) {
      if (cost[c] > limits_[i % kRing]) continue;
      first = std::min(first, c), last = c;
    }
    return row.lo + (first > last ? 0 : (first + last) / 2);
  }

  // Columns [from, to) of row i, by every bead that comes from an earlier row.
  void fill_cells(BeadCoster& coster, std::size_t i, std::size_t from, std::size_t to) {
    if (from >= to) return;
    if (i > 0) coster.prepare_row(i - 1, from > 4 ? from - 4 : 0, to - 1);
    Row& row = rows_[i];
    std::vector<double>& cost = costs_[i % kRing];
    for (std::size_t j = from; j < to; ++j)
      relax(coster, i, j, cost[j - row.lo], row.bead[j - row.lo]);
  }

  // The beads that stay on their row (0-1), once its other beads are in: left to right, a tie
  // going to the bead listed first, as one pass over every bead in order would have it.
  void stay_on_row(std::size_t i) {
    Row& row = rows_[i];
    std::vector<double>& cost = costs_[i % kRing];
    for (std::size_t c = 0; c < cost.size(); ++c) {
      for (std::size_t k = 0; k < m_.beads.size(); ++k) {
        const BeadPrior& b = m_.beads[k];
        if (b.zh != 0 || b.en == 0 || b.en > c || !std::isfinite(cost[c - b.en])) continue;
        const double v = cost[c - b.en] + coster_.cost(i, row.lo + c - b.en, 0, b.en, b.cost);
        if (v < cost[c] || (v == cost[c] && k < row.bead[c]))
          cost[c] = v, row.bead[c] = static_cast<std::uint8_t>(k);
      }
    }
  }

  // Cell (i, j)'s cost; infinity outside the band or beyond the row's beam.
  double cell(std::size_t i, std::size_t j) const {
    const Row& r = rows_[i];
    if (j < r.lo || j - r.lo >= r.bead.size()) return kInf;
    const double c = costs_[i % kRing][j - r.lo];
    return c > limits_[i % kRing] ? kInf : c;
  }

  // The cheapest way into cell (i, j) from an earlier row: every such bead kind from the cell
  // it starts at.
  void relax(BeadCoster& coster, std::size_t i, std::size_t j, double& out, std::uint8_t& bead) {
    if (i == 0 && j == 0) {
      out = 0;
      return;
    }
    for (std::size_t k = 0; k < m_.beads.size(); ++k) {
      const BeadPrior& b = m_.beads[k];
      if (b.zh == 0 || b.zh > i || b.en > j) continue;
      const double from = cell(i - b.zh, j - b.en);
      if (!std::isfinite(from)) continue;
      const double c = from + coster.cost(i - b.zh, j - b.en, b.zh, b.en, b.cost, out - from);
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
  std::optional<BeadCoster> second_;  // the worker's
  std::unique_ptr<SpinWorker> worker_;
  struct Job {
    std::size_t i = 0, from = 0, to = 0;
  } job_;                        // the worker's part of the row being filled
  std::size_t live_centre_ = 0;  // of the row before
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
