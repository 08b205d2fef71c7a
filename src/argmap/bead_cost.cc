#include "argmap/bead_cost.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <string>
#include <unordered_map>

namespace argmap {
namespace {

constexpr std::size_t kMaxWords = 64;   // words of one unit a hit mask can tell apart
constexpr std::size_t kMaskMargin = 8;  // columns a mask row is computed past its first band
constexpr double kLengthMissing = 4.0;  // sd a bead with letters on one side only is off
// Far above the rounding error of a path's summed costs, far below any difference that
// decides between two beads.
constexpr double kRounding = 1e-6;

int gloss_words(const AnchorSet& set, const Anchors& a) {
  int n = 0;
  for (const WordPlace& w : a.places) n += set.glosses_of(w).empty() ? 0 : 1;
  return std::min(n, static_cast<int>(kMaxWords));
}

int max_stem(const AnchorSet& a) {
  int top = 0;
  for (const Anchors& e : a.en) {
    if (!e.stems.empty()) top = std::max(top, e.stems.back());
  }
  return top;
}

}  // namespace

BeadCoster::BeadCoster(const AnchorSet& a, const AlignmentModel& m,
                       const std::vector<std::size_t>& zh, const std::vector<std::size_t>& en,
                       bool dictionary, double log_ratio, const PunctuationOdds* punctuation)
    : a_(a),
      m_(m),
      zh_(zh),
      en_(en),
      dict_(dictionary),
      log_ratio_(log_ratio),
      punct_(punctuation) {
  zh_letters_.assign(zh.size() + 1, 0);
  en_letters_.assign(en.size() + 1, 0);
  std::unordered_map<std::string, int> number_ids;
  auto intern = [&number_ids](const std::vector<std::string>& numbers) {
    std::vector<int> out;
    for (const std::string& n : numbers)
      out.push_back(number_ids.try_emplace(n, static_cast<int>(number_ids.size())).first->second);
    return out;
  };
  for (std::size_t i = 0; i < zh.size(); ++i) {
    const Anchors& u = a.zh[zh[i]];
    zh_letters_[i + 1] = zh_letters_[i] + u.letters;
    zh_words_.push_back(gloss_words(a, u));
    zh_numbers_.push_back(intern(u.numbers));
    zh_facts_.add(u, plain_unit(u, true), u.kind == UnitKind::kSentence && u.latin.empty(),
                  u.numbers.size());
  }
  for (std::size_t j = 0; j < en.size(); ++j) {
    const Anchors& u = a.en[en[j]];
    en_letters_[j + 1] = en_letters_[j] + u.letters;
    en_numbers_.push_back(intern(u.numbers));
    en_facts_.add(u, plain_unit(u, false), u.kind == UnitKind::kSentence, u.numbers.size());
  }
  length_tables();
  if (dictionary) word_odds(a, m);
  if (dict_) marks_.assign(static_cast<std::size_t>(max_stem(a)) + 1, 0);
  rows_.resize(kMaskRing);
}

void BeadCoster::Facts::add(const Anchors& u, bool plain, bool sentence, std::size_t numbers) {
  not_plain.push_back(not_plain.back() + (plain ? 0 : 1));
  not_sentence.push_back(not_sentence.back() + (sentence ? 0 : 1));
  ids[0].push_back(ids[0].back() + static_cast<int>(numbers));
  ids[1].push_back(ids[1].back() + static_cast<int>(u.terms.size()));
  question.push_back(u.question ? 1 : 0);
  lead_in.push_back(u.lead_in ? 1 : 0);
  end.push_back(static_cast<std::uint8_t>(u.end));
  content.push_back(u.stems.size() > 1 ? 1 : 0);
}

double BeadCoster::cost(std::size_t i, std::size_t j, std::size_t nz, std::size_t ne, double prior,
                        double limit) {
  if (nz == 0 || ne == 0) return prior;
  // The same sum as ever, in the same order; the bounds only stop it early, the length and
  // feature terms counting 0 before they are known (neither is ever below).
  const double punctuation = punct_ ? punctuation_cost(i, j, nz, ne) : 0.0;
  const double floor = dict_ ? lexical_floor(i, j, nz, ne) : 0.0;
  auto beyond = [&](double c) { return c + floor + punctuation > limit + kRounding; };
  const bool nonnegative = m_.feature_weight >= 0 && tail_scale_ >= 0 && m_.length_tail > 0;
  if (nonnegative && beyond(prior)) return std::numeric_limits<double>::infinity();
  double c = prior + length_cost(i, j, nz, ne);
  if (nonnegative && beyond(c)) return std::numeric_limits<double>::infinity();
  c += feature_cost(i, j, nz, ne);
  if (dict_ && beyond(c)) return std::numeric_limits<double>::infinity();
  if (dict_) c += lexical_cost(i, j, nz, ne);
  if (punct_) c += punctuation;
  return c;
}

// The lexical term can never come below: each Chinese unit's words that meet a stem of an
// English unit of the bead all hits (from the prepared rows), or every word a hit.
double BeadCoster::lexical_floor(std::size_t i, std::size_t j, std::size_t nz,
                                 std::size_t ne) const {
  double f = 0;
  for (std::size_t z = i; z < i + nz; ++z) {
    const MaskRow& row = rows_[z % kMaskRing];
    if (row.zh != z || j < row.from || j + ne - row.from > row.masks.size()) {
      f += floor_[z][ne - 1];
      continue;
    }
    const std::size_t from = j - row.from;
    f += miss_all_[z][ne - 1] - (row.gains[from + ne][ne - 1] - row.gains[from][ne - 1]);
  }
  return f;
}

// The document's own odds: its last units' classes as a pair, each unit inside the bead alone.
double BeadCoster::punctuation_cost(std::size_t i, std::size_t j, std::size_t nz,
                                    std::size_t ne) const {
  const std::vector<std::uint8_t>&zc = zh_facts_.end, &ec = en_facts_.end;
  double inside = 0;
  for (std::size_t z = i; z + 1 < i + nz; ++z) inside += punct_->inside_zh[zc[z]];
  for (std::size_t e = j; e + 1 < j + ne; ++e) inside += punct_->inside_en[ec[e]];
  const double ends = punct_->ends[zc[i + nz - 1]][ec[j + ne - 1]];
  return -m_.punctuation_weight * ends - m_.punctuation_inside_weight * inside;
}

// Gale and Church: log(English / Chinese letters) ~ t(mean, var), the variance growing as the
// Chinese side shortens; the cost is the t density's -log, 0 at the mean.
double BeadCoster::length_cost(std::size_t i, std::size_t j, std::size_t nz, std::size_t ne) const {
  const Span& z = zh_span_[i * kMaxSide + nz - 1];
  const double el = en_letters_[j + ne] - en_letters_[j];
  double d = kLengthMissing;
  if (z.letters < 1 && el < 1) return 0;
  if (z.letters >= 1 && el >= 1) d = (en_log_[j * kMaxSide + ne - 1] - z.log) * z.inverse_sd;
  return tail_scale_ * std::log1p(d * d / m_.length_tail);
}

// Per Chinese start and width: letters, log letters less the mean ratio, 1 / sd; per English
// start and width: log letters. The length term then takes one log1p per bead.
void BeadCoster::length_tables() {
  const std::size_t n = zh_.size(), e = en_.size();
  zh_span_.assign(n * kMaxSide, Span{});
  en_log_.assign(e * kMaxSide, 0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t w = 1; w <= kMaxSide && i + w <= n; ++w) {
      Span& s = zh_span_[i * kMaxSide + w - 1];
      s.letters = zh_letters_[i + w] - zh_letters_[i];
      if (s.letters < 1) continue;
      s.log = std::log(s.letters) + log_ratio_;
      s.inverse_sd = 1.0 / std::sqrt(m_.length_var_floor + m_.length_var_per_letter / s.letters);
    }
  }
  for (std::size_t j = 0; j < e; ++j) {
    for (std::size_t w = 1; w <= kMaxSide && j + w <= e; ++w) {
      const double el = en_letters_[j + w] - en_letters_[j];
      en_log_[j * kMaxSide + w - 1] = el >= 1 ? std::log(el) : 0;
    }
  }
  tail_scale_ = m_.length_weight * 0.5 * (m_.length_tail + 1);
}

// A Chinese word's gloss is among the stems of one English unit it does not translate with
// chance p = (units holding a gloss) / (units), of k units with p0 = 1 - (1 - p)^k, and among
// those of its translation with p1. A hit gains log(p1 / p0), a miss costs
// log((1 - p0) / (1 - p1)): a rare name found is strong evidence, a common word little.
namespace {

// A word's odds by the number of English units holding one of its glosses, memoised: the
// cost of a miss and what a hit takes off it, for beads of 1 to 4 English units; swings
// lists what hits take off, by the index of() gives.
class WordOdds {
 public:
  std::vector<std::array<double, 4>> misses, swings;
  WordOdds(double units, double p1) : units_(units), p1_(p1) {}
  std::uint32_t of(int held) {
    auto [it, fresh] = index_.try_emplace(held, static_cast<std::uint32_t>(swings.size()));
    if (!fresh) return it->second;
    const double p = std::clamp(held / units_, 0.5 / units_, 0.5);
    std::array<double, 4> miss{}, swing{};
    for (std::size_t k = 0; k < miss.size(); ++k) {
      const double p0 = std::min(1.0 - std::pow(1.0 - p, static_cast<double>(k + 1)), p1_);
      const double gain = std::log(p1_ / p0), cost = std::log((1.0 - p0) / (1.0 - p1_));
      miss[k] = cost, swing[k] = gain + cost;
    }
    misses.push_back(miss), swings.push_back(swing);
    return it->second;
  }

 private:
  double units_, p1_;
  std::unordered_map<int, std::uint32_t> index_;
};

}  // namespace

void BeadCoster::word_odds(const AnchorSet& a, const AlignmentModel& m) {
  std::vector<int> df(static_cast<std::size_t>(max_stem(a)) + 1, 0);
  for (const Anchors& e : a.en) {
    for (int s : e.stems) ++df[static_cast<std::size_t>(s)];
  }
  WordOdds odds(std::max<double>(1.0, static_cast<double>(a.en.size())), m.hit_if_linked);
  for (std::size_t i = 0; i < zh_.size(); ++i) {
    word_offset_.push_back(word_swing_.size());
    std::array<double, kMaxSide> miss{}, floor{};
    std::size_t words = 0;
    for (const WordPlace& w : a.zh[zh_[i]].places) {
      const std::vector<int>& glosses = a.glosses_of(w);
      if (glosses.empty() || words++ == kMaxWords) continue;
      int held = 0;
      for (int g : glosses) held += df[static_cast<std::size_t>(g)];
      const std::uint32_t o = odds.of(held);
      for (std::size_t k = 0; k < kMaxSide; ++k)
        miss[k] += odds.misses[o][k], floor[k] -= odds.swings[o][k];
      word_swing_.push_back(o);
    }
    for (std::size_t k = 0; k < kMaxSide; ++k) floor[k] += miss[k];
    miss_all_.push_back(miss);
    floor_.push_back(floor);
  }
  word_offset_.push_back(word_swing_.size());
  swings_ = std::move(odds.swings);
}

// Bits set in x, without the library call std::popcount compiles to on baseline x86-64.
int bit_count(std::uint64_t x) {
  x = x - ((x >> 1) & 0x5555555555555555ULL);
  x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
  return static_cast<int>((x * 0x0101010101010101ULL) >> 56);
}

double BeadCoster::lexical_cost(std::size_t i, std::size_t j, std::size_t nz, std::size_t ne) {
  double c = 0, gain = 0;
  int hits = 0;
  std::array<std::uint64_t, kMaxSide> zh_found{}, stems_met{};  // stems_met: per English unit
  StemBlock stems;  // only [z][e] of the bead's units is written and read
  for (std::size_t z = i; z < i + nz; ++z) {
    std::uint64_t& found = zh_found[z - i];
    const Masks* row = row_masks(z, j, ne);
    for (std::size_t e = 0; e < ne; ++e) {
      const Masks& m = row ? row[e] : masks(z, j + e);
      found |= m.words;
      stems_met[e] |= m.stems;
      stems[(z - i) * kMaxSide + e] = m.stems;
    }
    c += miss_all_[z][ne - 1];
    for (std::uint64_t f = found; f != 0; f &= f - 1)
      gain += swing(z, static_cast<std::size_t>(std::countr_zero(f)))[ne - 1];
    hits += bit_count(found);
  }
  // One English stem renders one word: words beyond the stems they meet earn nothing more.
  int met = 0;
  for (std::size_t e = 0; e < ne; ++e) met += bit_count(stems_met[e]);
  if (met < hits) gain *= static_cast<double>(met) / static_cast<double>(hits);
  c -= gain;
  return c + (idle(i, j, nz, ne, zh_found, stems_met, stems) ? m_.idle_merge : 0.0);
}

// A merge holds a unit that brings nothing across: an English unit with content none of the
// Chinese words meets, or a Chinese unit whose words meet only stems the others meet too.
bool BeadCoster::idle(std::size_t i, std::size_t j, std::size_t nz, std::size_t ne,
                      const std::array<std::uint64_t, kMaxSide>& zh_found,
                      const std::array<std::uint64_t, kMaxSide>& stems_met,
                      const StemBlock& stems) const {
  if (nz + ne < 3) return false;
  for (std::size_t e = j; e < j + ne; ++e) {
    if (stems_met[e - j] == 0 && en_facts_.content[e]) return true;
  }
  if (nz < 2) return false;
  for (std::size_t z = 0; z < nz; ++z) {
    if (zh_words_[i + z] < static_cast<int>(m_.idle_min_words)) continue;
    if (zh_found[z] == 0) return true;
    bool adds = false;
    for (std::size_t e = 0; e < ne && !adds; ++e) {
      std::uint64_t others = 0;
      for (std::size_t o = 0; o < nz; ++o) others |= o == z ? 0 : stems[o * kMaxSide + e];
      adds = (stems[z * kMaxSide + e] & ~others) != 0;
    }
    if (!adds) return true;
  }
  return false;
}

// Kind, numbers, terms, Latin tokens and end punctuation: plain sentences ending alike agree.
double BeadCoster::feature_cost(std::size_t i, std::size_t j, std::size_t nz, std::size_t ne) {
  const Facts &zf = zh_facts_, &ef = en_facts_;
  if (zf.count(zf.not_sentence, i, nz) + ef.count(ef.not_sentence, j, ne) > 0) {
    const Agreement g =
        feature_agreement(a_, zh_[i], zh_[i + nz - 1] + 1, en_[j], en_[j + ne - 1] + 1);
    return m_.feature_weight * (1.0 - g.score / g.weight);
  }
  // Sentences without Latin tokens: kind agrees (1.5 of 1.5); numbers and terms as
  // feature_agreement weighs them, over interned ids; then end punctuation.
  double score = 1.5, weight = 1.5;
  if (zf.count(zf.not_plain, i, nz) + ef.count(ef.not_plain, j, ne) > 0) {
    for (const bool numbers : {true, false}) {
      const double part = overlap_ids(i, j, nz, ne, numbers);
      if (part >= 0) score += 1.5 * part, weight += 1.5;
    }
  }
  const std::size_t z = i + nz - 1, e = j + ne - 1;
  const double ends =
      (zf.question[z] == ef.question[e] ? 0.5 : 0) + (zf.lead_in[z] == ef.lead_in[e] ? 0.5 : 0);
  return m_.feature_weight * (1.0 - (score + 0.5 * ends) / (weight + 0.5));
}

// Agreement of the bead's number ids (or glossary terms): 1 equal, 0 disjoint, -1 none.
double BeadCoster::overlap_ids(std::size_t i, std::size_t j, std::size_t nz, std::size_t ne,
                               bool numbers) {
  const std::size_t kind = numbers ? 0 : 1;
  const int zn = zh_facts_.count(zh_facts_.ids[kind], i, nz);
  const int en = en_facts_.count(en_facts_.ids[kind], j, ne);
  if (zn == 0 || en == 0) return zn == 0 && en == 0 ? -1 : 0;  // nothing in common
  zh_ids_.clear(), en_ids_.clear();
  for (std::size_t z = i; z < i + nz; ++z) {
    const std::vector<int>& ids = numbers ? zh_numbers_[z] : a_.zh[zh_[z]].terms;
    zh_ids_.insert(zh_ids_.end(), ids.begin(), ids.end());
  }
  for (std::size_t e = j; e < j + ne; ++e) {
    const std::vector<int>& ids = numbers ? en_numbers_[e] : a_.en[en_[e]].terms;
    en_ids_.insert(en_ids_.end(), ids.begin(), ids.end());
  }
  std::sort(zh_ids_.begin(), zh_ids_.end());
  std::sort(en_ids_.begin(), en_ids_.end());
  std::size_t common = 0;
  for (std::size_t x = 0, y = 0; x < zh_ids_.size() && y < en_ids_.size();) {
    if (zh_ids_[x] == en_ids_[y])
      ++common, ++x, ++y;
    else if (zh_ids_[x] < en_ids_[y])
      ++x;
    else
      ++y;
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(zh_ids_.size() + en_ids_.size());
}

void BeadCoster::mark(std::size_t i, bool on) {
  const Anchors& z = a_.zh[zh_[i]];
  std::size_t word = 0;
  for (const WordPlace& w : z.places) {
    const std::vector<int>& glosses = a_.glosses_of(w);
    if (glosses.empty()) continue;
    if (word == kMaxWords) break;
    for (int g : glosses) {
      if (on)
        marks_[static_cast<std::size_t>(g)] |= std::uint64_t{1} << word;
      else
        marks_[static_cast<std::size_t>(g)] = 0;
    }
    ++word;
  }
}

// Which marked words have a gloss among English position j's stems, and which of those stems
// (by position, the first 64) a marked word meets.
BeadCoster::Masks BeadCoster::masks_now(std::size_t j) const {
  Masks m;
  const std::vector<int>& stems = a_.en[en_[j]].stems;
  for (std::size_t k = 0; k < stems.size(); ++k) {
    const std::uint64_t w = marks_[static_cast<std::size_t>(stems[k])];
    m.words |= w;
    m.stems |= w != 0 && k < kMaxWords ? std::uint64_t{1} << k : 0;
  }
  return m;
}

void BeadCoster::prepare_row(std::size_t i, std::size_t from, std::size_t to) {
  if (!dict_ || i >= zh_.size()) return;
  MaskRow& row = rows_[i % kMaskRing];
  if (row.zh == i) return;
  to = std::min(en_.size(), to + kMaskMargin);
  row.zh = i, row.from = from;
  row.masks.clear(), row.gains.assign(1, {});
  mark(i, true);
  for (std::size_t j = from; j < to; ++j) {
    row.masks.push_back(masks_now(j));
    std::array<double, kMaxSide> sum = column_gain(i, row.masks.back().words);
    for (std::size_t k = 0; k < kMaxSide; ++k) sum[k] += row.gains.back()[k];
    row.gains.push_back(sum);
  }
  mark(i, false);
}

// The swings of Chinese position i's words in `words`, summed.
std::array<double, BeadCoster::kMaxSide> BeadCoster::column_gain(std::size_t i,
                                                                 std::uint64_t words) const {
  std::array<double, kMaxSide> g{};
  for (std::uint64_t f = words; f != 0; f &= f - 1) {
    const auto& by_units = swing(i, static_cast<std::size_t>(std::countr_zero(f)));
    for (std::size_t k = 0; k < kMaxSide; ++k) g[k] += by_units[k];
  }
  return g;
}

const BeadCoster::Masks& BeadCoster::masks_alone(std::size_t i, std::size_t j) {
  mark(i, true);  // outside the band the row was prepared for: compute it alone
  spare_ = masks_now(j);
  mark(i, false);
  return spare_;
}

}  // namespace argmap
