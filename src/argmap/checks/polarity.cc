// Polarity: a negation on one side of an aligned pair only (不, 没有, 无法 … / not, never,
// without, n't …). English words negated by a prefix (unsupported, non-subjective) count as
// negation when they answer a Chinese cue, but never raise a finding themselves.
#include <algorithm>
#include <cctype>

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

// X不X, X没X (是不是, 有没有): the cue opens with 不 or 没 and the character before it is the
// one after that 不 or 没.
bool a_not_a(const std::string& text, const Cue& c, const Lexicon& lexicon) {
  const auto opens = [&c](const std::string& x) { return c.form.starts_with(x); };
  const auto it = std::find_if(lexicon.a_not_a.begin(), lexicon.a_not_a.end(), opens);
  if (it == lexicon.a_not_a.end()) return false;
  const std::size_t after = c.start + it->size(), han = 3;  // bytes of a Han character
  return c.start >= han && after + han <= text.size() &&
         text.compare(c.start - han, han, text, after, han) == 0;
}

// The cue begins a longer dictionary word of the unit (不幸, 不公平, 非法) or lies inside an
// idiom of four characters or more (自不量力): the word is negated, not the clause. A cue
// inside a shorter word (得不到 cannot get) or ending one (几乎不 hardly) negates the clause.
// Words are found in order in the unit's text.
bool inside_word(const CheckInput& in, std::size_t u, const Cue& c) {
  const std::string& text = in.zh.units[u].text;
  std::size_t pos = 0;
  for (const std::string& w : in.alignment.anchors.zh[u].words) {
    const std::size_t at = text.find(w, pos);
    if (at == std::string::npos) continue;
    if (at > c.start) return false;
    pos = at + w.size();
    const bool holds = at + w.size() >= c.start + c.form.size() && w.size() > c.form.size();
    const std::size_t idiom = in.lexicons.zh.idiom_min_chars * 3;  // 3 bytes a Han character
    if (holds) return at == c.start || w.size() >= idiom;
  }
  return false;
}

// One of the lexicon's negation-scope breaks (，；：, ; .) between two byte offsets of a text.
bool clause_break_between(const std::string& text, std::size_t from, std::size_t to,
                          const Lexicon& lexicon) {
  for (std::size_t i = from; i < to && i < text.size();) {
    if (is_one_of(decode_utf8(text, i), lexicon.clause_breaks.negation_scope)) return true;
  }
  return false;
}

// A cue is the pair's word, or a longer cue that opens with it (cannot be for cannot).
bool is_cue(const Cue& c, const std::string& word) {
  return c.form == word || c.form.starts_with(word + " ");
}

// The cues of a unit less those of a double negation pair (非…不可, cannot … without): the
// first cue, then the second later in the same clause.
std::vector<Cue> single_negations(const std::string& text, const std::vector<Cue>& cues,
                                  const Lexicon& lexicon) {
  std::vector<bool> paired(cues.size(), false);
  for (const auto& [first, second] : lexicon.double_negation_pairs) {
    for (std::size_t a = 0; a < cues.size(); ++a) {
      for (std::size_t b = 0; b < cues.size(); ++b) {
        if (paired[a] || paired[b] || !is_cue(cues[a], first) || !is_cue(cues[b], second) ||
            cues[b].start <= cues[a].start ||
            clause_break_between(text, cues[a].start, cues[b].start, lexicon))
          continue;
        paired[a] = paired[b] = true;
      }
    }
  }
  std::vector<Cue> out;
  for (std::size_t i = 0; i < cues.size(); ++i) {
    if (!paired[i]) out.push_back(cues[i]);
  }
  return out;
}

Negation zh_negation(const CheckInput& in, const std::vector<std::size_t>& units) {
  Negation n;
  for (std::size_t u : units) {
    const std::string& text = in.zh.units[u].text;
    n.rhetorical |= in.zh.features[u].rhetorical_negation;
    for (const Cue& c : single_negations(text, in.zh.features[u].negation, in.lexicons.zh)) {
      if (a_not_a(text, c, in.lexicons.zh)) {
        n.both_ways = true;
        continue;
      }
      const auto& affixes = in.lexicons.zh.affix_negation;
      const bool word = inside_word(in, u, c) ||
                        std::find(affixes.begin(), affixes.end(), c.form) != affixes.end();
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
    const std::string text = lower_ascii(in.en.units[u].text);
    n.rhetorical |= in.en.features[u].rhetorical_negation;
    for (const Cue& c : single_negations(text, in.en.features[u].negation, in.lexicons.en)) {
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
