// Polarity: a negation on one side of an aligned pair only (不, 没有, 无法 … / not, never,
// without, n't …). English words negated by a prefix (unsupported, non-subjective) count as
// negation when they answer a Chinese cue, but never raise a finding themselves.
#include <algorithm>

#include "argmap/anchors.h"
#include "argmap/checks/rules.h"
#include "argmap/text.h"

namespace argmap::checks {
namespace {

// Negation in a unit, by scope: clausal (不, 没有, not, never, no one) or lexical, inside a
// word (不公平 unfair, 不幸 unfortunately; un-, non-). A-not-A questions (会不会) and double
// negations (不得不, cannot help: the lexicon keeps them from matching) are neither; a
// rhetorical question (难道不…吗) is told apart as well, its negation affirming.
struct Negation {
  bool clausal = false, rhetorical = false;
  bool both_ways = false;  // an A-not-A question: it asks, and its rendering may ask negated
  int lexical = 0;         // negated words
  std::string cue;
};

// The cue begins a longer dictionary word of the unit (不幸, 不公平, 非法) or lies inside an
// idiom of four characters or more (自不量力): the word is negated, not the clause. A cue
// inside a shorter word (得不到 cannot get) or ending one (几乎不 hardly) negates the clause.
bool inside_word(const CheckInput& in, std::size_t u, const Cue& c) {
  const Anchors& a = in.alignment.anchors.zh[u];
  for (const WordPlace& w : a.places) {
    const std::size_t at = w.start;
    if (at > c.start) return false;
    const bool holds = at + w.length >= c.start + c.form.size() && w.length > c.form.size();
    const std::size_t idiom = in.lexicons.zh.idiom_min_chars * 3;  // 3 bytes a Han character
    if (holds) return at == c.start || w.length >= idiom;
  }
  return false;
}

// The features' lone cues, each negating the clause or, inside a dictionary word, the word.
Negation zh_negation(const CheckInput& in, const std::vector<std::size_t>& units) {
  Negation n;
  for (std::size_t u : units) {
    const Features& f = in.zh.features[u];
    n.rhetorical |= f.rhetorical_negation;
    n.both_ways |= f.negation_scope.a_not_a;
    n.lexical += f.negation_scope.affixes;
    for (std::size_t i = 0; i < f.negation.size(); ++i) {
      if (!f.negation_scope.is_lone(i)) continue;
      const Cue& c = f.negation[i];
      const bool word = inside_word(in, u, c);
      n.lexical += word ? 1 : 0;
      n.clausal |= !word;
      if (!word && n.cue.empty()) n.cue = c.form;
    }
  }
  return n;
}

int negated_words(const VersionAnalysis& v, const std::vector<std::size_t>& units) {
  int n = 0;
  for (std::size_t u : units) n += v.features[u].negated_words;
  return n;
}

bool has_implicit(const VersionAnalysis& v, const std::vector<std::size_t>& units) {
  return std::any_of(units.begin(), units.end(),
                     [&v](std::size_t u) { return v.features[u].implicit_negation; });
}

// English cues; "without" does not negate where it renders 除了 (everyone without exception).
Negation en_negation(const CheckInput& in, const std::vector<std::size_t>& units,
                     bool zh_exception) {
  Negation n;
  const auto& exceptions = in.lexicons.en.exception_negations;
  for (std::size_t u : units) {
    const Features& f = in.en.features[u];
    n.rhetorical |= f.rhetorical_negation;
    for (std::size_t i = 0; i < f.negation.size(); ++i) {
      const Cue& c = f.negation[i];
      if (!f.negation_scope.is_lone(i)) continue;
      if (zh_exception &&
          std::find(exceptions.begin(), exceptions.end(), c.form) != exceptions.end())
        continue;
      n.clausal = true;
      if (n.cue.empty()) n.cue = c.form;
    }
  }
  n.lexical = negated_words(in.en, units);
  return n;
}

bool zh_exception(const CheckInput& in, const std::vector<std::size_t>& units) {
  return std::any_of(units.begin(), units.end(),
                     [&in](std::size_t u) { return in.zh.features[u].exception_marker; });
}

// A contrary turn (反而, 而是, instead, rather) can carry the negation of the other side.
bool has_contrary(const VersionAnalysis& v, const std::vector<std::size_t>& units) {
  return std::any_of(units.begin(), units.end(),
                     [&v](std::size_t u) { return v.features[u].has_sense(Sense::kCorrection); });
}

bool is_title(const CheckInput& in, const Link& l) {
  return in.zh.units[l.zh.front()].kind == UnitKind::kTitle ||
         in.en.units[l.en.front()].kind == UnitKind::kTitle;
}

}  // namespace

// A clausal negation on one side only, unless the other side carries it another way: more
// negated words than this side has (不公平 / not fair), a contrary turn, or an implicit
// negation. An affix that renders a negated word of this side (非法 / illegal) carries no
// dropped clausal negation.
bool polarity_differs(const CheckInput& in, const std::vector<std::size_t>& zh_units,
                      const std::vector<std::size_t>& en_units) {
  const Negation zh = zh_negation(in, zh_units),
                 en = en_negation(in, en_units, zh_exception(in, zh_units));
  if (zh.clausal == en.clausal || zh.rhetorical || en.rhetorical) return false;
  // 有没有 asks both ways: "Are there no …?" asks the same.
  if (en.clausal && zh.both_ways) return false;
  if (zh.clausal) {
    return en.lexical <= zh.lexical && !has_contrary(in.en, en_units) &&
           !has_implicit(in.en, en_units);
  }
  return zh.lexical <= en.lexical && !has_contrary(in.zh, zh_units) &&
         !has_implicit(in.zh, zh_units);
}

void polarity(const CheckInput& in, std::vector<Finding>& out) {
  for (const Link* l : in.two_sided()) {
    if (is_title(in, *l) || wrong_script(in, *l)) continue;  // reported by their own rules
    if (!polarity_differs(in, l->zh, l->en)) continue;
    const Negation zh = zh_negation(in, l->zh);
    const Negation en = en_negation(in, l->en, zh_exception(in, l->zh));
    Finding f{"polarity", Severity::kError, "", l->zh, l->en};
    f.case_name = zh.clausal ? "zh-only" : "en-only";
    f.message = zh.clausal ? "negated in Chinese (" + zh.cue + ") but not in English"
                           : "negated in English (" + en.cue + ") but not in Chinese";
    if (l->score < in.lexicons.zh.review.free_rendering) {
      f.severity = Severity::kInfo;
      f.case_name = "free-rendering";
      f.message += ", in a free rendering where an opposite word may carry the negation";
    }
    out.push_back(std::move(f));
  }
}

}  // namespace argmap::checks
