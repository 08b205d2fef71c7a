// Bead cost: what one bead of the sentence aligner costs, -log of how likely it is as a
// translation: its kind's prior, a Gale-Church length term with Student-t tails, the odds of
// its dictionary hits and misses, and the agreement of its other features.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

#include "argmap/anchors.h"
#include "argmap/lexicon.h"
#include "argmap/punctuation_odds.h"

namespace argmap {

class BeadCoster {
 public:
  // Over the units zh and en (positions index these lists); log_ratio: the document's mean;
  // punctuation: a previous pass's odds, or null.
  BeadCoster(const AnchorSet& a, const AlignmentModel& m, const std::vector<std::size_t>& zh,
             const std::vector<std::size_t>& en, bool dictionary, double log_ratio,
             const PunctuationOdds* punctuation = nullptr);

  // The cost of zh positions [i, i + nz) against en positions [j, j + ne). A cost that is
  // surely above `limit` (by more than rounding) may come back as infinity, unworked.
  double cost(std::size_t i, std::size_t j, std::size_t nz, std::size_t ne, double prior,
              double limit = std::numeric_limits<double>::infinity());

  // Hit masks of zh position i against en positions [from, to) are about to be needed.
  void prepare_row(std::size_t i, std::size_t from, std::size_t to);

 private:
  double length_cost(std::size_t i, std::size_t j, std::size_t nz, std::size_t ne) const;
  double lexical_cost(std::size_t i, std::size_t j, std::size_t nz, std::size_t ne);
  double lexical_floor(std::size_t i, std::size_t j, std::size_t nz, std::size_t ne) const;
  double feature_cost(std::size_t i, std::size_t j, std::size_t nz, std::size_t ne);
  double punctuation_cost(std::size_t i, std::size_t j, std::size_t nz, std::size_t ne) const;
  double overlap_ids(std::size_t i, std::size_t j, std::size_t nz, std::size_t ne, bool numbers);
  // Of Chinese position i against English position j: which words of i meet a stem of j, and
  // which stems of j a word of i meets.
  struct Masks {
    std::uint64_t words = 0, stems = 0;
  };
  const Masks& masks(std::size_t i, std::size_t j) {
    const MaskRow& row = rows_[i % kMaskRing];
    if (row.zh == i && j >= row.from && j - row.from < row.masks.size())
      return row.masks[j - row.from];
    return masks_alone(i, j);
  }
  const Masks& masks_alone(std::size_t i, std::size_t j);
  // The prepared masks of zh position i against en positions [j, j + n), or null.
  const Masks* row_masks(std::size_t i, std::size_t j, std::size_t n) const {
    const MaskRow& row = rows_[i % kMaskRing];
    if (row.zh != i || j < row.from || j + n - row.from > row.masks.size()) return nullptr;
    return row.masks.data() + (j - row.from);
  }
  void mark(std::size_t i, bool on);
  Masks masks_now(std::size_t j) const;

  const AnchorSet& a_;
  const AlignmentModel& m_;
  const std::vector<std::size_t>&zh_, &en_;
  bool dict_;
  double log_ratio_;
  const PunctuationOdds* punct_;
  // Per position of one side, what the feature and punctuation terms read, and prefix counts
  // (index position + 1 counts positions before it) for whole beads at once.
  struct Facts {
    std::vector<int> not_plain{0}, not_sentence{0};   // sentences: zh without Latin tokens
    std::array<std::vector<int>, 2> ids{{{0}, {0}}};  // number ids, glossary terms
    std::vector<std::uint8_t> question, lead_in, end, content;  // content: en, 2+ stems
    void add(const Anchors& u, bool plain, bool sentence, std::size_t numbers);
    int count(const std::vector<int>& prefix, std::size_t from, std::size_t n) const {
      return prefix[from + n] - prefix[from];
    }
  };
  static constexpr std::size_t kMaxSide = 4;   // units on one side of a bead
  static constexpr std::size_t kMaskRing = 8;  // rows of masks kept (beads span at most 4)
  using StemBlock = std::array<std::uint64_t, kMaxSide * kMaxSide>;  // [zh][en] stems met
  struct Span {
    double letters = 0, log = 0, inverse_sd = 0;
  };
  // What the constructor works out and nothing changes after: a copy of the coster (a second
  // thread's) shares it, through the references below, and keeps scratch of its own.
  struct Tables {
    std::vector<double> zh_letters, en_letters;
    std::vector<int> zh_words;
    Facts zh_facts, en_facts;
    std::vector<std::vector<int>> zh_numbers, en_numbers;
    std::vector<Span> zh_span;
    std::vector<double> en_log;
    double tail_scale = 0;
    std::vector<std::array<double, kMaxSide>> miss_all, swings, floor;
    std::vector<std::uint32_t> word_swing;
    std::vector<std::size_t> word_offset;
  };
  std::shared_ptr<Tables> tables_ = std::make_shared<Tables>();
  std::vector<double>&zh_letters_ = tables_->zh_letters,  // prefix sums over positions
      &en_letters_ = tables_->en_letters;
  std::vector<int>& zh_words_ = tables_->zh_words;  // per position: words with a gloss (<= 64)
  Facts &zh_facts_ = tables_->zh_facts, &en_facts_ = tables_->en_facts;
  // Interned, as in the anchors.
  std::vector<std::vector<int>>&zh_numbers_ = tables_->zh_numbers,
  &en_numbers_ = tables_->en_numbers;
  std::vector<int> zh_ids_, en_ids_;  // scratch for overlap_ids
  void word_odds(const AnchorSet& a, const AlignmentModel& m);
  void length_tables();
  std::vector<Span>& zh_span_ = tables_->zh_span;  // by position * kMaxSide + width - 1
  std::vector<double>& en_log_ = tables_->en_log;  // the same
  double& tail_scale_ = tables_->tail_scale;
  bool idle(std::size_t i, std::size_t j, std::size_t nz, std::size_t ne,
            const std::array<std::uint64_t, kMaxSide>& zh_found,
            const std::array<std::uint64_t, kMaxSide>& stems_met, const StemBlock& stems) const;
  // Per Chinese position, by English units in the bead: the cost if every word missed; per
  // word (word_swing_ from word_offset_), what a hit takes off it.
  std::vector<std::array<double, kMaxSide>>& miss_all_ = tables_->miss_all;
  std::vector<std::uint32_t>& word_swing_ = tables_->word_swing;         // per word: into swings_
  std::vector<std::array<double, kMaxSide>>& swings_ = tables_->swings;  // per distinct odds
  const std::array<double, kMaxSide>& swing(std::size_t i, std::size_t word) const {
    return swings_[word_swing_[word_offset_[i] + word]];
  }
  // Per Chinese position: every word a hit.
  std::vector<std::array<double, kMaxSide>>& floor_ = tables_->floor;
  std::array<double, kMaxSide> column_gain(std::size_t i, std::uint64_t words) const;
  std::vector<std::size_t>& word_offset_ = tables_->word_offset;
  std::vector<std::uint64_t> marks_;  // by stem id: which words of the marked unit
  struct MaskRow {
    std::size_t zh = static_cast<std::size_t>(-1), from = 0;
    std::vector<Masks> masks;
    // By English units in the bead, summed over the columns before each (one entry more
    // than masks): what the words a column's stems meet would take off the miss cost, were
    // each a hit of its own (a bound on the real gain).
    std::vector<std::array<double, kMaxSide>> gains;
  };
  std::vector<MaskRow> rows_;  // a ring, by zh position
  Masks spare_;
};

}  // namespace argmap
