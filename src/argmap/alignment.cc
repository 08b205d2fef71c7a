#include "argmap/alignment.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "argmap/bead_search.h"
#include "argmap/learned_lexicon.h"
#include "argmap/punctuation_odds.h"
#include "argmap/second_thread.h"

namespace argmap {
namespace {

// Section keys count unnumbered sections and, with `ordinal`, numbered ones too (n1 is the
// first numbered section, whatever its heading says).
struct KeyState {
  bool ordinal = false;
  std::size_t unnumbered = 0, numbered = 0;
};

std::string section_key(const Structure& s, std::size_t i, KeyState& state) {
  const Section& sec = s.sections[i];
  switch (sec.kind) {
    case SectionKind::kPreamble:
      return "p";
    case SectionKind::kClosing:
      return "c";
    case SectionKind::kNumbered:
      ++state.numbered;
      return "n" + std::to_string(state.ordinal ? state.numbered : *sec.number);
    case SectionKind::kUnnumbered:
      break;
  }
  return "u" + std::to_string(++state.unnumbered);
}

std::multiset<long long> section_numbers(const Structure& s) {
  std::multiset<long long> out;
  for (const Section& sec : s.sections) {
    if (sec.kind == SectionKind::kNumbered) out.insert(*sec.number);
  }
  return out;
}

// As many numbered sections on each side but different numbers: a heading is misnumbered
// (三 against IV), so sections pair by position. Same numbers: by number, which finds a
// reordering; different counts: by number, which finds the section missing.
bool pair_by_position(const Structure& zh, const Structure& en) {
  const auto a = section_numbers(zh), b = section_numbers(en);
  return a.size() == b.size() && a != b;
}

// The kinds of bead the dynamic programme may use, with a prior cost each, and the skip,
// idle-merge and band it uses: the lexicon's link model.
using Bead = BeadPrior;

struct Cell {
  double cost = std::numeric_limits<double>::infinity();
  std::uint8_t bead = 0;
};

class SectionAligner {
 public:
  SectionAligner(const AnchorSet& a, std::vector<std::size_t> zh, std::vector<std::size_t> en,
                 bool dict)
      : a_(a), zh_(std::move(zh)), en_(std::move(en)), dict_(dict) {}

  std::vector<Link> run() {
    const std::size_t n = zh_.size();
    // cells_[i] holds columns [lo(i), hi(i)]: a band around the scaled diagonal.
    cells_.assign(n + 1, std::vector<Cell>());
    singles_.assign(n + 1, std::vector<double>());
    for (std::size_t i = 0; i <= n; ++i) {
      cells_[i].assign(hi(i) - lo(i) + 1, Cell());
      singles_[i].assign(hi(i) - lo(i) + 1, kUnknown);
    }
    at(0, 0).cost = 0;
    for (std::size_t i = 0; i <= n; ++i) {
      for (std::size_t j = lo(i); j <= hi(i); ++j) relax(i, j);
    }
    return backtrack();
  }

 private:
  // Row i spans from its own diagonal point to the next row's, widened by the link model's
  // band each way, so consecutive rows overlap however steep the diagonal: O(m + n * band).
  std::size_t centre(std::size_t i) const {
    return zh_.empty() ? 0 : std::min(en_.size(), i * en_.size() / zh_.size());
  }
  std::size_t lo(std::size_t i) const {
    return centre(i) > a_.link.band ? centre(i) - a_.link.band : 0;
  }
  std::size_t hi(std::size_t i) const {
    if (zh_.empty()) return en_.size();
    return std::min(en_.size(), centre(std::min(i + 1, zh_.size())) + a_.link.band);
  }
  bool in_band(std::size_t i, std::size_t j) const {
    return i < cells_.size() && j >= lo(i) && j <= hi(i);
  }
  Cell& at(std::size_t i, std::size_t j) { return cells_[i][j - lo(i)]; }

  // The score of unit i against unit j alone, worked out once per cell of the band: the 1-1
  // bead from (i, j) and the merges that test their 1-1 parts all read it.
  double single(std::size_t i, std::size_t j) {
    if (!in_band(i, j)) return bead_score(a_, zh_[i], zh_[i] + 1, en_[j], en_[j] + 1, dict_);
    double& s = singles_[i][j - lo(i)];
    if (s == kUnknown) s = bead_score(a_, zh_[i], zh_[i] + 1, en_[j], en_[j] + 1, dict_);
    return s;
  }

  double cost(std::size_t i, std::size_t j, const Bead& b) {
    if (b.zh == 0 || b.en == 0) return a_.link.skip * static_cast<double>(b.zh + b.en);
    const double s = b.zh == 1 && b.en == 1
                         ? single(i, j)
                         : bead_score(a_, zh_[i], zh_[i] + b.zh, en_[j], en_[j] + b.en, dict_);
    const double merge = adds_nothing(i, j, b, s) ? a_.link.idle_merge : 0.0;
    return b.cost + merge + (1.0 - s) * static_cast<double>(b.zh + b.en) / 2.0;
  }

  // A 1-2 or 2-1 bead that matches no better than one of its 1-1 parts: the extra unit
  // brings nothing the other side renders (an inserted sentence), and should stand alone.
  // (The units of a merge are consecutive: zh_[i + 1] is zh_[i] + 1.)
  bool adds_nothing(std::size_t i, std::size_t j, const Bead& b, double s) {
    if (b.zh + b.en != 3) return false;
    for (std::size_t k = 0; k < 2; ++k) {
      const std::size_t zi = b.zh == 2 ? i + k : i, ej = b.en == 2 ? j + k : j;
      if (single(zi, ej) >= s) return true;
      if (b.en == 2 && dict_ && unrendered(en_[ej], zh_[zi])) return true;
    }
    return false;
  }

  // An English unit with content words none of which glosses the Chinese unit's words.
  bool unrendered(std::size_t e, std::size_t z) const {
    const std::vector<int>& stems = a_.en[e].stems;
    if (stems.empty()) return false;
    for (const WordPlace& w : a_.zh[z].places) {
      for (int g : a_.glosses_of(w)) {
        if (std::binary_search(stems.begin(), stems.end(), g)) return false;
      }
    }
    return true;
  }

  // From cell (i, j) — units before i and j aligned — extend by every bead.
  void relax(std::size_t i, std::size_t j) {
    const double here = at(i, j).cost;
    if (!std::isfinite(here)) return;
    for (std::uint8_t k = 0; k < a_.link.beads.size(); ++k) {
      const Bead& b = a_.link.beads[k];
      const std::size_t ni = i + b.zh, nj = j + b.en;
      if (ni > zh_.size() || nj > en_.size() || !in_band(ni, nj)) continue;
      if (b.zh > 1 && !consecutive(zh_, i, b.zh)) continue;
      if (b.en > 1 && !consecutive(en_, j, b.en)) continue;
      const double c = here + cost(i, j, b);
      if (c < at(ni, nj).cost) at(ni, nj) = Cell{c, k};
    }
  }

  static bool consecutive(const std::vector<std::size_t>& units, std::size_t from,
                          std::size_t count) {
    return units[from + count - 1] == units[from] + count - 1;
  }

  // Every unit on its own, for the case no path through the band was found.
  std::vector<Link> unaligned() const {
    std::vector<Link> out;
    for (std::size_t z : zh_) out.push_back(Link{{z}, {}, 0});
    for (std::size_t e : en_) out.push_back(Link{{}, {e}, 0});
    return out;
  }

  std::vector<Link> backtrack() {
    if (!std::isfinite(at(zh_.size(), en_.size()).cost)) return unaligned();
    std::vector<Link> out;
    std::size_t i = zh_.size(), j = en_.size();
    while (i > 0 || j > 0) {
      const Bead& b = a_.link.beads[at(i, j).bead];
      Link link;
      for (std::size_t k = i - b.zh; k < i; ++k) link.zh.push_back(zh_[k]);
      for (std::size_t k = j - b.en; k < j; ++k) link.en.push_back(en_[k]);
      if (b.zh > 0 && b.en > 0) {
        link.score =
            bead_score(a_, zh_[i - b.zh], zh_[i - 1] + 1, en_[j - b.en], en_[j - 1] + 1, dict_);
      }
      out.push_back(std::move(link));
      i -= b.zh;
      j -= b.en;
    }
    std::reverse(out.begin(), out.end());
    return out;
  }

  static constexpr double kUnknown = -1;  // scores are 0 to 1
  const AnchorSet& a_;
  std::vector<std::size_t> zh_, en_;
  bool dict_;
  std::vector<std::vector<Cell>> cells_;
  std::vector<std::vector<double>> singles_;  // by cell as cells_: single(i, j), or kUnknown
};

// A section too long for a band around the proportional diagonal: translations drift from it
// by more than the band over thousands of units (the Bible's verses split unevenly).
bool long_section(const AlignmentModel* m, std::size_t zh, std::size_t en) {
  return m && m->has_model && std::max(zh, en) > m->long_section_units;
}

// The search's beads as links between units, each scored as the checks read scores.
std::vector<Link> links_of(const BeadSearchInput& in, const BeadPath& path) {
  std::vector<Link> out;
  for (const PathBead& b : path.beads) {
    Link l;
    for (std::size_t k = 0; k < b.zh_count; ++k) l.zh.push_back(in.zh[b.zh_begin + k]);
    for (std::size_t k = 0; k < b.en_count; ++k) l.en.push_back(in.en[b.en_begin + k]);
    if (!l.zh.empty() && !l.en.empty())
      l.score = bead_score(*in.anchors, l.zh.front(), l.zh.back() + 1, l.en.front(),
                           l.en.back() + 1, in.dictionary);
    out.push_back(std::move(l));
  }
  return out;
}

// Links of the document's one-to-one beads cheap enough to trust.
std::vector<UnitPair> confident_links(const BeadSearchInput& in, const BeadPath& path) {
  std::vector<UnitPair> out;
  for (const PathBead& b : path.beads) {
    if (b.zh_count != 1 || b.en_count != 1 || b.cost / 2 > in.model->learn_max_cost) continue;
    out.push_back({{in.zh[b.zh_begin]}, {in.en[b.en_begin]}});
  }
  return out;
}

// The units of every bead of the path that has both sides.
std::vector<UnitPair> bead_units(const BeadSearchInput& in, const BeadPath& path) {
  std::vector<UnitPair> out;
  for (const PathBead& b : path.beads) {
    if (b.zh_count == 0 || b.en_count == 0) continue;
    UnitPair p;
    for (std::size_t k = 0; k < b.zh_count; ++k) p.zh.push_back(in.zh[b.zh_begin + k]);
    for (std::size_t k = 0; k < b.en_count; ++k) p.en.push_back(in.en[b.en_begin + k]);
    out.push_back(std::move(p));
  }
  return out;
}

// Each long section by the bead search; then, as many times as the model says, again with the
// glosses learned from the last pass's confident links (the dictionary stays the prior: each
// pass learns from it afresh), in a band around the last path. Link scores stay those of the
// dictionary alone, as the checks expect.
std::vector<std::vector<Link>> align_long_sections(AnchorSet& anchors,
                                                   std::vector<BeadSearchInput>& inputs) {
  std::vector<BeadPath> paths;
  const double log_ratio = document_log_ratio(anchors);
  for (BeadSearchInput& in : inputs) {
    in.log_ratio = log_ratio;
    paths.push_back(search_beads(in));
  }
  const bool learn = !inputs.empty() && inputs.front().dictionary;
  for (std::size_t pass = 0; learn && pass < inputs.front().model->learn_passes; ++pass) {
    std::vector<UnitPair> confident, beads;
    for (std::size_t k = 0; k < inputs.size(); ++k) {
      for (UnitPair& p : confident_links(inputs[k], paths[k])) confident.push_back(std::move(p));
      for (UnitPair& p : bead_units(inputs[k], paths[k])) beads.push_back(std::move(p));
    }
    const AlignmentModel& m = *inputs.front().model;
    const PunctuationOdds odds = estimate_punctuation(anchors, beads, m.punctuation_smoothing);
    // Learned in place and taken off again after the pass (no copy of every unit's anchors).
    std::vector<LearnedGloss> added;
    if (learn_glosses(anchors, confident, m, &added) == 0) break;
    for (std::size_t k = 0; k < inputs.size(); ++k) {
      BeadSearchInput& in = inputs[k];
      in.guide = paths[k].centre, in.punctuation = &odds;
      paths[k] = search_beads(in);
      in.punctuation = nullptr;
    }
    forget_glosses(anchors, added);
  }
  std::vector<std::vector<Link>> out;
  for (std::size_t k = 0; k < inputs.size(); ++k) out.push_back(links_of(inputs[k], paths[k]));
  return out;
}

// A short section for the essay aligner: its place in the order and its units.
struct ShortSection {
  std::size_t k = 0;
  std::vector<std::size_t> zh, en;
};

// Each short section by the essay aligner; with two threads the second takes the later
// sections holding about half the units (each section's links depend on it alone).
void align_short_sections(const AnchorSet& anchors, std::vector<ShortSection>& sections,
                          bool dictionary, unsigned threads,
                          std::vector<std::vector<Link>>& by_section) {
  const auto run = [&](std::size_t from, std::size_t to) {
    for (std::size_t s = from; s < to; ++s) {
      ShortSection& sec = sections[s];
      by_section[sec.k] =
          SectionAligner(anchors, std::move(sec.zh), std::move(sec.en), dictionary).run();
    }
  };
  std::size_t units = 0, half = 0, mid = 0;
  for (const ShortSection& s : sections) units += s.zh.size() + s.en.size();
  while (mid < sections.size() && 2 * half < units)
    half += sections[mid].zh.size() + sections[mid].en.size(), ++mid;
  for_each_index(mid < sections.size() ? 2 : 1, threads,
                 [&](std::size_t part) { part == 0 ? run(0, mid) : run(mid, sections.size()); });
}

// Units of each section, in one pass.
std::vector<std::vector<std::size_t>> units_by_section(const VersionAnalysis& v) {
  std::vector<std::vector<std::size_t>> out(v.structure.sections.size());
  for (std::size_t u = 0; u < v.units.size(); ++u) out[v.units[u].section].push_back(u);
  return out;
}

// Each relation of `from` mapped through the links onto `to`'s relations.
void map_relations(Lang lang, const VersionAnalysis& from, const VersionAnalysis& to,
                   const std::vector<Link>& links, std::vector<RelationLink>& out) {
  const auto from_link = link_index(links, lang, from.units.size());
  const auto to_link = link_index(links, other(lang), to.units.size());
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> by_links;
  for (std::size_t r = 0; r < to.graph.relations.size(); ++r) {
    const Relation& rel = to.graph.relations[r];
    by_links.emplace(std::make_pair(to_link[rel.from], to_link[rel.to]), r);
  }
  for (std::size_t r = 0; r < from.graph.relations.size(); ++r) {
    const Relation& rel = from.graph.relations[r];
    RelationLink rl{lang, r, std::nullopt, RelationMatch::kNoCounterpart};
    const auto it = by_links.find({from_link[rel.from], from_link[rel.to]});
    if (it != by_links.end()) {
      rl.other = it->second;
      rl.match = to.graph.relations[it->second].type == rel.type ? RelationMatch::kSame
                                                                 : RelationMatch::kTypeDiffers;
    }
    out.push_back(rl);
  }
}

std::vector<SectionLink> pair_sections(const Structure& zh, const Structure& en, bool ordinal,
                                       bool& reordered) {
  // Keys repeat in long documents (each chapter's 1. 2. 3.): the k-th "n1" pairs with the k-th.
  auto keys = [ordinal](const Structure& s) {
    std::vector<std::string> out;
    std::map<std::string, std::size_t> seen;
    KeyState state{ordinal};
    for (std::size_t i = 0; i < s.sections.size(); ++i) {
      const std::string key = section_key(s, i, state);
      out.push_back(key + "#" + std::to_string(seen[key]++));
    }
    return out;
  };
  const std::vector<std::string> zh_keys = keys(zh), en_keys = keys(en);
  std::map<std::string, std::size_t> en_by_key;
  for (std::size_t j = 0; j < en_keys.size(); ++j) en_by_key.emplace(en_keys[j], j);
  std::vector<SectionLink> out;
  std::vector<bool> used(en.sections.size(), false);
  reordered = false;
  std::optional<std::size_t> last;
  for (std::size_t i = 0; i < zh_keys.size(); ++i) {
    const auto it = en_by_key.find(zh_keys[i]);
    if (it == en_by_key.end()) {
      out.push_back({i, std::nullopt});
      continue;
    }
    if (last && it->second < *last) reordered = true;
    last = it->second;
    used[it->second] = true;
    out.push_back({i, it->second});
  }
  for (std::size_t j = 0; j < en.sections.size(); ++j) {
    if (!used[j]) out.push_back({std::nullopt, j});
  }
  return out;
}

using UnitsBySection = std::vector<std::vector<std::size_t>>;

// How alike the paired sections are, summed over the pairs with units on both sides.
double pairing_score(const std::vector<SectionLink>& pairs, const UnitsBySection& zh,
                     const UnitsBySection& en, const AnchorSet& anchors, bool dict) {
  double total = 0;
  for (const SectionLink& s : pairs) {
    if (!s.zh || !s.en || zh[*s.zh].empty() || en[*s.en].empty()) continue;
    const auto &z = zh[*s.zh], &e = en[*s.en];
    total += bead_score(anchors, z.front(), z.back() + 1, e.front(), e.back() + 1, dict);
  }
  return total;
}

// Numbers that reorder sections may be headings mislabelled (III and IV swapped, the content
// in order): when the numbered sections can pair by position too, their content decides.
void check_reordering(const VersionAnalysis& zh, const VersionAnalysis& en,
                      const UnitsBySection& zh_units, const UnitsBySection& en_units,
                      const AnchorSet& anchors, Alignment& result) {
  if (!result.sections_reordered ||
      section_numbers(zh.structure).size() != section_numbers(en.structure).size())
    return;
  bool reordered = false;
  auto by_position = pair_sections(zh.structure, en.structure, true, reordered);
  const bool dict = result.used_dictionary;
  if (pairing_score(by_position, zh_units, en_units, anchors, dict) >
      pairing_score(result.sections, zh_units, en_units, anchors, dict)) {
    result.sections = std::move(by_position);
    result.sections_reordered = reordered;
  }
}

}  // namespace

std::vector<SectionLink> align_sections(const Structure& zh, const Structure& en, bool& reordered) {
  return pair_sections(zh, en, pair_by_position(zh, en), reordered);
}

Alignment align(const VersionAnalysis& zh, const VersionAnalysis& en,
                const AnchorResources& resources) {
  Alignment result;
  result.used_dictionary = resources.dictionary != nullptr;
  result.sections = align_sections(zh.structure, en.structure, result.sections_reordered);
  result.anchors = compute_anchors(zh, en, resources);
  const AnchorSet& anchors = result.anchors;
  const auto zh_units = units_by_section(zh), en_units = units_by_section(en);
  check_reordering(zh, en, zh_units, en_units, anchors, result);
  // Sections in Chinese order; an English-only section goes where its neighbours put it.
  std::vector<SectionLink> order = result.sections;
  std::stable_sort(order.begin(), order.end(), [](const SectionLink& a, const SectionLink& b) {
    auto key = [](const SectionLink& s) {
      return s.zh ? static_cast<double>(*s.zh) : static_cast<double>(*s.en) - 0.5;
    };
    return key(a) < key(b);
  });
  // Long sections take the bead search, twice: the second pass with the lexicon learned from
  // the first's confident links, in a band around the first's path.
  std::vector<std::vector<Link>> by_section(order.size());
  std::vector<std::size_t> long_ones;
  std::vector<BeadSearchInput> inputs;
  std::vector<ShortSection> short_ones;
  for (std::size_t k = 0; k < order.size(); ++k) {
    const SectionLink& s = order[k];
    std::vector<std::size_t> zs = s.zh ? zh_units[*s.zh] : std::vector<std::size_t>{};
    std::vector<std::size_t> es = s.en ? en_units[*s.en] : std::vector<std::size_t>{};
    if (long_section(resources.model, zs.size(), es.size())) {
      long_ones.push_back(k);
      inputs.push_back(
          {&anchors, resources.model, std::move(zs), std::move(es), result.used_dictionary, 0, {}});
      inputs.back().threads = resources.threads;
      continue;
    }
    short_ones.push_back({k, std::move(zs), std::move(es)});
  }
  align_short_sections(anchors, short_ones, result.used_dictionary, resources.threads, by_section);
  std::vector<std::vector<Link>> long_links = align_long_sections(result.anchors, inputs);
  for (std::size_t k = 0; k < long_ones.size(); ++k)
    by_section[long_ones[k]] = std::move(long_links[k]);
  std::size_t count = 0;
  for (const std::vector<Link>& links : by_section) count += links.size();
  result.links.reserve(count);  // kept to the end of the run: no spare capacity
  for (std::vector<Link>& links : by_section) {
    for (Link& l : links) result.links.push_back(std::move(l));
  }
  return result;
}

std::vector<RelationLink> relation_links(const VersionAnalysis& zh, const VersionAnalysis& en,
                                         const std::vector<Link>& links) {
  std::vector<RelationLink> out;
  out.reserve(zh.graph.relations.size() + en.graph.relations.size());  // one per relation
  map_relations(Lang::kZh, zh, en, links, out);
  map_relations(Lang::kEn, en, zh, links, out);
  return out;
}

}  // namespace argmap
