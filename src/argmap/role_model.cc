#include "argmap/role_model.h"

#include <algorithm>
#include <cmath>
#include <mutex>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "argmap/text.h"

namespace argmap {
namespace {

bool is_candidate(const Unit& u) { return u.kind != UnitKind::kHeading; }

// The block's paragraph key: items of one list are one paragraph.
long long paragraph_key(const Structure& s, std::size_t block) {
  const Block& b = s.blocks[block];
  if (b.kind == BlockKind::kListItem && b.list) return -1 - static_cast<long long>(*b.list);
  return static_cast<long long>(block);
}

// A built feature name (opens_cause, short_hedge) kept for the rest of the process, one copy
// per distinct name: features point at it.
std::string_view stored_name(std::string name) {
  static std::mutex mutex;
  static std::unordered_set<std::string> names;  // nodes stay where they are on a rehash
  const std::lock_guard<std::mutex> lock(mutex);
  return *names.insert(std::move(name)).first;
}

// Set cosine of two sorted id sets: shared words over the geometric mean of the sizes.
double overlap(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t shared = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  return static_cast<double>(shared) / std::sqrt(static_cast<double>(a.size() * b.size()));
}

// A feature's weight in one model, when it has one.
struct Weight {
  bool found = false;
  double value = 0;
};

// The two models' weights of each feature name met, each name looked up once: names are
// literals or built once, so the same name comes back at the same address.
class WeightLookup {
 public:
  explicit WeightLookup(const RoleWeights& w) : w_(w) {}
  const std::pair<Weight, Weight>& of(std::string_view name) {
    for (const auto& [seen, weights] : seen_) {
      if (seen.data() == name.data() && seen.size() == name.size()) return weights;
    }
    seen_.emplace_back(name, std::make_pair(find(w_.major, name), find(w_.claim, name)));
    return seen_.back().second;
  }

 private:
  static Weight find(const Weights& w, std::string_view name) {
    const auto it = w.find(name);
    return it == w.end() ? Weight{} : Weight{true, it->second};
  }
  const RoleWeights& w_;
  std::vector<std::pair<std::string_view, std::pair<Weight, Weight>>> seen_;
};

// The major and the claim score: each weighed feature's value times its weight, summed in order.
std::pair<double, double> scores_of(const std::vector<FeatureValue>& f, WeightLookup& weights) {
  double major = 0, claim = 0;
  for (const FeatureValue& v : f) {
    const auto& [m, c] = weights.of(v.name);
    if (m.found) major += v.value * m.value;
    if (c.found) claim += v.value * c.value;
  }
  return {major, claim};
}

bool opens(const Features& f, Sense sense) {
  const ConnectiveUse* c = f.opening();
  return c && c->senses.front() == sense;
}

bool concludes(const Features& f) {
  return std::any_of(f.connectives.begin(), f.connectives.end(), [](const ConnectiveUse& c) {
    return c.senses.front() == Sense::kResult || c.senses.front() == Sense::kConclusion;
  });
}

class Scorer {
 public:
  Scorer(const TextForm& form, const std::vector<Unit>& units, const std::vector<Features>& f,
         const std::vector<RuleReading>& rules)
      : form_(form), units_(units), f_(f), rules_(rules) {
    for (const Features& x : f) {
      for (std::uint32_t word : x.content_words) {
        if (word >= frequency_.size()) frequency_.resize(word + 1, 0);
        ++frequency_[word];
      }
    }
    for (std::size_t u = 0; u < units.size(); ++u) {
      if (form.paragraph[u] == kNoParagraph) continue;
      if (first_ == kNoParagraph) first_ = u;
      last_ = u;
      if (form.intro(u)) intro_.push_back(u);
      if (form.conclusion(u)) conclusion_.push_back(u);
    }
  }

  std::vector<FeatureValue> features(std::size_t u) const {
    std::vector<FeatureValue> out;
    const auto add = [&out](std::string_view name, double value) {
      if (value != 0) out.push_back({name, value});
    };
    add("bias", 1);
    position(u, add);
    cues(u, add);
    restatement(u, add);
    rules(u, add);
    // A short text (fewer than three paragraphs, no headings) is a genre of its own: its
    // features carry their own weights.
    if (!form_.essay() && !form_.sectioned) {
      for (FeatureValue& f : out) {
        if (!f.name.starts_with("title")) f.name = short_name(f.name);
      }
    }
    return out;
  }

 private:
  // "short_" and the name, built once per name and scorer.
  std::string_view short_name(std::string_view name) const {
    auto [it, fresh] = short_names_.try_emplace(name);
    if (fresh) it->second = stored_name("short_" + std::string(name));
    return it->second;
  }

  template <typename Add>
  void position(std::size_t u, const Add& add) const {
    const Unit& unit = units_[u];
    const bool title = unit.kind == UnitKind::kTitle || u == form_.title;
    add("title", title);
    add("title_question", title && f_[u].question);
    // A title states the thesis where the text is divided by headings or too short to be a
    // student essay answering its prompt, unless it asks a question.
    add("title_thesis_form", title && !f_[u].question && (form_.sectioned || !form_.essay()));
    add("list_item", unit.kind == UnitKind::kListItem);
    if (title) return;
    const bool first = form_.paragraph_first[u], last = form_.paragraph_last[u];
    add("first_unit", u == first_);
    add("last_unit", u == last_);
    add("paragraph_first", first);
    add("paragraph_last", last);
    const bool intro = form_.intro(u), conclusion = form_.conclusion(u);
    const bool body = form_.essay() && !intro && !conclusion;
    add("intro", intro);
    add("intro_last", intro && last);
    add("conclusion", conclusion);
    add("conclusion_first", conclusion && first);
    add("body", body);
    add("body_first", body && first);
    add("body_last", body && last);
  }

  template <typename Add>
  void cues(std::size_t u, const Add& add) const {
    const Features& f = f_[u];
    add("claim_cue", !f.claim_cues.empty());
    add("thesis_cue", f.thesis_cue);
    add("hedge", !f.hedges.empty());
    add("view_cue", !f.view_cues.empty());
    add("stance_cue", f.stance_cue);
    add("plan_cue", f.plan_cue);
    add("summary_cue", f.summary_cue);
    add("question", f.question && units_[u].kind != UnitKind::kTitle && u != form_.title);
    for (Sense sense :
         {Sense::kContrast, Sense::kConcession, Sense::kCause, Sense::kResult, Sense::kConclusion,
          Sense::kExample, Sense::kAddition, Sense::kEnumeration}) {
      if (opens(f, sense)) add(stored_name("opens_" + std::string(sense_name(sense))), 1);
    }
    add("concludes", concludes(f));
    add("length", std::min(1.0, static_cast<double>(f_[u].content_words.size()) / 15.0));
  }

  template <typename Add>
  void restatement(std::size_t u, const Add& add) const {
    if (form_.title != kNoParagraph && u != form_.title)
      add("restates_title", overlap(f_[u].content_words, f_[form_.title].content_words));
    // The introduction and the conclusion are bounded by kMaxEnd units each: the comparison of
    // the two is quadratic in them.
    constexpr std::size_t kMaxEnd = 40;
    const std::vector<std::size_t>* other = form_.intro(u)        ? &conclusion_
                                            : form_.conclusion(u) ? &intro_
                                                                  : nullptr;
    if (other && other->size() <= kMaxEnd &&
        (form_.intro(u) ? intro_ : conclusion_).size() <= kMaxEnd) {
      double best = 0;
      for (std::size_t v : *other)
        best = std::max(best, overlap(f_[u].content_words, f_[v].content_words));
      add("restates_other_end", best);
    }
    add("centrality", centrality(u));
  }

  // How many other units share each of the unit's content words, on average, as a share of
  // the text's other units.
  double centrality(std::size_t u) const {
    if (f_[u].content_words.empty() || units_.size() < 2) return 0;
    double shared = 0;
    for (std::uint32_t w : f_[u].content_words) shared += static_cast<double>(frequency_[w] - 1);
    return shared / static_cast<double>(f_[u].content_words.size()) /
           static_cast<double>(units_.size() - 1) * 4.0;
  }

  template <typename Add>
  void rules(std::size_t u, const Add& add) const {
    const RuleReading& r = rules_[u];
    add("rule_claim", r.claim ? r.confidence : 0);
    add("rule_attack", r.attacks ? r.confidence : 0);
    add("rule_support", r.supports ? r.confidence : 0);
    add("rule_to_thesis", r.to_thesis ? r.confidence : 0);
    add("supporters", std::min<double>(static_cast<double>(r.supporters), 3) / 3);
  }

  const TextForm& form_;
  const std::vector<Unit>& units_;
  const std::vector<Features>& f_;
  const std::vector<RuleReading>& rules_;
  std::vector<std::size_t> frequency_;  // by word id: in how many units it occurs
  // By name (the key views a literal or a stored name): its short_ form.
  mutable std::unordered_map<std::string_view, std::string_view> short_names_;
  std::vector<std::size_t> intro_, conclusion_;
  std::size_t first_ = kNoParagraph, last_ = kNoParagraph;
};

}  // namespace

// Untitled, a one-sentence opening paragraph before three or more paragraphs is the text's
// title in effect: the prompt line of a student essay that ends in a full stop.
void take_prompt_line(TextForm& form) {
  if (form.title != kNoParagraph || form.paragraphs < 4) return;
  if (form.sentences - 1 < 2 * (form.paragraphs - 1)) return;  // the rest must read as an essay
  const auto first = std::find(form.paragraph.begin(), form.paragraph.end(), 0);
  const auto u = static_cast<std::size_t>(first - form.paragraph.begin());
  if (first == form.paragraph.end() || !form.paragraph_last[u]) return;
  form.title = u;
  form.paragraph_first[u] = form.paragraph_last[u] = false;
  for (std::size_t& p : form.paragraph) {
    if (p != kNoParagraph) p = p == 0 ? kNoParagraph : p - 1;
  }
  --form.paragraphs;
  --form.sentences;
}

TextForm text_form(const Structure& structure, const std::vector<Unit>& units) {
  TextForm form;
  form.paragraph.assign(units.size(), kNoParagraph);
  form.paragraph_first.assign(units.size(), false);
  form.paragraph_last.assign(units.size(), false);
  long long key = 0;
  std::size_t previous = kNoParagraph;
  for (std::size_t u = 0; u < units.size(); ++u) {
    if (units[u].kind == UnitKind::kTitle && form.title == kNoParagraph) form.title = u;
    if (units[u].kind == UnitKind::kHeading) form.sectioned = true;
    if (units[u].kind == UnitKind::kHeading || units[u].kind == UnitKind::kTitle) continue;
    const long long k = paragraph_key(structure, units[u].block);
    const bool starts = previous == kNoParagraph || k != key;
    if (starts) {
      if (previous != kNoParagraph) form.paragraph_last[previous] = true;
      form.paragraph_first[u] = true;
      ++form.paragraphs;
    }
    key = k;
    form.paragraph[u] = form.paragraphs - 1;
    ++form.sentences;
    previous = u;
  }
  if (previous != kNoParagraph) form.paragraph_last[previous] = true;
  take_prompt_line(form);
  return form;
}

std::vector<RoleScore> score_roles(const TextForm& form, const std::vector<Unit>& units,
                                   const std::vector<Features>& features,
                                   const std::vector<RuleReading>& rules,
                                   const RoleWeights& weights) {
  const Scorer scorer(form, units, features, rules);
  WeightLookup lookup(weights);
  std::vector<RoleScore> out(units.size());
  for (std::size_t u = 0; u < units.size(); ++u) {
    if (!is_candidate(units[u])) continue;
    RoleScore& s = out[u];
    s.candidate = true;
    s.features = scorer.features(u);
    s.features.shrink_to_fit();  // kept to the end of the run
    std::tie(s.major, s.claim) = scores_of(s.features, lookup);
  }
  return out;
}

std::vector<Term> deciding_terms(const RoleScore& score, const Weights& w, std::size_t limit) {
  std::vector<Term> terms;
  for (const FeatureValue& v : score.features) {
    const auto it = w.find(v.name);
    if (it != w.end() && it->second != 0)
      terms.push_back({std::string(v.name), v.value, v.value * it->second});
  }
  std::stable_sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) {
    return std::abs(a.contribution) > std::abs(b.contribution);
  });
  if (terms.size() > limit) terms.resize(limit);
  return terms;
}

}  // namespace argmap
