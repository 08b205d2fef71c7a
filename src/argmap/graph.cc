#include "argmap/graph.h"

#include <algorithm>

#include "argmap/graph_rules.h"
#include "argmap/text.h"

namespace argmap {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
using R = GraphRule;

struct Theses {
  std::size_t major = kNone;
  std::size_t restated = kNone;   // the conclusion's (or introduction's) restatement
  std::vector<std::size_t> also;  // runners-up of the two parts that state it with them
};

class Builder {
 public:
  Builder(const Structure& s, const std::vector<Unit>& units, const std::vector<Features>& f,
          const ClauseBreaks& breaks, Theses theses)
      : theses_(theses),
        breaks_(breaks),
        s_(s),
        units_(units),
        f_(f),
        out_(units.size()),
        aimed_(units.size()),
        roles_(units.size(), Role::kPremise),
        role_rules_(units.size(), "default.premise") {
    index_blocks();
  }

  Graph build() {
    set_theses();
    mark_closing_thesis();
    mark_section_claims();
    for (std::size_t u = 0; u < units_.size(); ++u) link(u);
    break_cycles();
    return finish();
  }

  // The rules' reading with no thesis chosen: a relation that would go to the thesis counts
  // by its type and confidence. What the role model may rely on.
  std::vector<RuleReading> read() {
    mark_section_claims();
    for (std::size_t u = 0; u < units_.size(); ++u) link(u);
    std::vector<RuleReading> out(units_.size());
    for (std::size_t u = 0; u < units_.size(); ++u) {
      out[u].claim = roles_[u] == Role::kClaim;
      const std::optional<Relation>& r = out_[u] ? out_[u] : aimed_[u];
      if (!r) continue;
      out[u].attacks = r->type == RelationType::kAttack;
      out[u].supports = r->type == RelationType::kSupport && r->to != kNone;
      out[u].to_thesis = r->to == kNone;
      out[u].confidence = r->confidence;
      if (r->to != kNone && r->type == RelationType::kSupport) ++out[r->to].supporters;
    }
    return out;
  }

 private:
  void index_blocks() {
    first_unit_.assign(s_.blocks.size(), kNone);
    last_unit_.assign(s_.blocks.size(), kNone);
    for (std::size_t u = 0; u < units_.size(); ++u) {
      if (first_unit_[units_[u].block] == kNone) first_unit_[units_[u].block] = u;
      last_unit_[units_[u].block] = u;
    }
  }

  void set_role(std::size_t u, Role role, const char* rule) {
    roles_[u] = role;
    role_rules_[u] = rule;
  }

  // `from` supports or attacks `to` by the rule, with the rule's confidence.
  void relate(std::size_t from, std::size_t to, RelationType type, std::string marker, R rule) {
    if (from == to) return;
    const RelationRule& r = relation_rule(rule);
    if (to == kNone) {
      if (!out_[from]) aimed_[from] = Relation{type, from, to, marker, r.id, r.confidence};
      return;
    }
    out_[from] = Relation{type, from, to, std::move(marker), r.id, r.confidence};
  }

  // The thesis the role model chose, and its restatement at the other end of an essay.
  void set_theses() {
    if (theses_.major == kNone) return;
    major_ = theses_.major;
    const bool title = units_[major_].kind == UnitKind::kTitle;
    set_role(major_, Role::kMajorClaim, title ? "title.major_claim" : "thesis.model");
    for (std::size_t u : theses_.also) {
      set_role(u, Role::kMajorClaim, "thesis.also");
      relate(u, major_, RelationType::kSupport, "", R::kThesisAlso);
    }
    if (theses_.restated == kNone || theses_.restated == major_) return;
    restated_ = theses_.restated;
    set_role(restated_, Role::kMajorClaim, "thesis.restated");
    relate(restated_, major_, RelationType::kSupport, "", R::kThesisRestated);
  }

  // The last sentence of a closing section restates the thesis (结语 … AGI 都只会停留在门外).
  void mark_closing_thesis() {
    if (major_ == kNone || s_.sections.empty() || s_.sections.back().kind != SectionKind::kClosing)
      return;
    const std::size_t last = last_unit_[s_.sections.back().end_block - 1];
    if (last == kNone || last == major_ || units_[last].kind != UnitKind::kSentence) return;
    if (f_[last].question || f_[last].lead_in || !f_[last].view_cues.empty()) return;
    set_role(last, Role::kMajorClaim, "thesis.closing_restates");
    relate(last, major_, RelationType::kSupport, "", R::kClosingRestatesThesis);
    closing_thesis_ = last;
  }

  std::size_t section_claim(std::size_t section) const {
    const Section& sec = s_.sections[section];
    if (sec.kind == SectionKind::kNumbered || sec.kind == SectionKind::kUnnumbered) {
      if (sec.heading && first_unit_[*sec.heading] != kNone) return first_unit_[*sec.heading];
    }
    return major_;
  }

  void mark_section_claims() {
    for (const Section& sec : s_.sections) {
      if (!sec.heading || first_unit_[*sec.heading] == kNone) continue;
      const std::size_t h = first_unit_[*sec.heading];
      if (h == major_) continue;
      if (units_[h].kind == UnitKind::kTitle) {
        // A title that is not the thesis sets the question or topic (a student essay's prompt).
        set_role(h, Role::kBackground, "title.prompt");
        relate(h, major_, RelationType::kSupport, "", R::kTitlePrompt);
      } else if (sec.kind == SectionKind::kClosing) {
        set_role(h, Role::kBackground, "heading.closing");
        relate(h, major_, RelationType::kSupport, "", R::kClosingHeading);
      } else {
        set_role(h, Role::kClaim, "heading.section_claim");
        relate(h, major_, RelationType::kSupport, "", R::kSectionClaim);
      }
    }
  }

  // The previous unit of the same section that is not its heading, or kNone.
  std::size_t previous(std::size_t u) const {
    if (u == 0 || units_[u - 1].section != units_[u].section) return kNone;
    const std::size_t p = u - 1;
    if (units_[p].kind == UnitKind::kHeading || units_[p].kind == UnitKind::kTitle) return kNone;
    return p;
  }

  std::size_t lead_of(std::size_t u) const {
    const Block& b = s_.blocks[units_[u].block];
    if (b.kind != BlockKind::kListItem || !b.list) return kNone;
    const List& list = s_.lists[*b.list];
    return list.lead ? last_unit_[*list.lead] : kNone;
  }

  // The view a contrastive turn answers: a list item's lead-in, a lead-in's own statement.
  std::size_t view_root(std::size_t u) const {
    for (std::size_t steps = 0; u != kNone && steps < 4; ++steps) {
      if (lead_of(u) != kNone) {
        u = lead_of(u);
      } else if (out_[u] && out_[u]->rule == relation_rule(R::kLeadInContent).id) {
        u = out_[u]->to;
      } else {
        break;
      }
    }
    return u;
  }

  bool is_also(std::size_t u) const {
    return std::find(theses_.also.begin(), theses_.also.end(), u) != theses_.also.end();
  }

  void link(std::size_t u) {
    const Unit& unit = units_[u];
    if (u == closing_thesis_ || u == restated_ || is_also(u)) return;
    if (u == major_ || unit.kind == UnitKind::kHeading || unit.kind == UnitKind::kTitle) {
      // A subheading (### inside a ## section) introduces part of its section's argument.
      const std::size_t claim = section_claim(unit.section);
      if (u != major_ && !out_[u])
        relate(u, claim == u ? major_ : claim, RelationType::kSupport, "", R::kSubheading);
      return;
    }
    const std::size_t target = section_claim(unit.section);
    const std::size_t prev = previous(u);
    if (link_list_item(u)) return;
    if (const ConnectiveUse* c = f_[u].opening()) {
      if (!turns(*c) && answer_within(u, target)) return;
      if (link_by_connective(u, *c, prev, target)) return;
    } else if (const ConnectiveUse* m = medial_turn(units_[u].text, f_[u]); m && prev != kNone) {
      contrastive_turn(u, *m, prev);
      return;
    }
    if (!f_[u].view_cues.empty()) {
      set_role(u, Role::kPremise, "view.reported_opposing");
      relate(u, target, RelationType::kAttack, f_[u].view_cues.front().form,
             R::kReportedOpposingView);
      return;
    }
    if (concedes_within(f_[u])) {
      set_role(u, Role::kClaim, "concession.exchange");
      relate(u, target, RelationType::kAttack, concession_marker(f_[u]), R::kConcessionExchange);
      return;
    }
    if (answer_within(u, target)) return;
    if (prev != kNone && f_[prev].lead_in && lead_of(prev) == kNone) {
      set_role(u, Role::kPremise, "lead_in.content");
      relate(u, prev, RelationType::kSupport, "", R::kLeadInContent);
      return;
    }
    link_by_cues(u, target);
  }

  // "As a boy he did scuffle, but that hardly counts": a point and its rebuttal in one unit.
  bool answer_within(std::size_t u, std::size_t target) {
    const ConnectiveUse* c = answering_contrast(f_[u]);
    if (!c) return false;
    set_role(u, Role::kPremise, "contrast.answers_within");
    relate(u, target, RelationType::kAttack, c->form, R::kAnswersWithin);
    return true;
  }

  // An opening connective that itself turns or concedes (但, although) decides the unit.
  static bool turns(const ConnectiveUse& c) {
    return c.counter || has(c.senses, Sense::kContrast) || has(c.senses, Sense::kConcession);
  }

  bool link_list_item(std::size_t u) {
    if (units_[u].kind != UnitKind::kListItem) return false;
    const std::size_t lead = lead_of(u);
    set_role(u, Role::kPremise, "list.item");
    if (lead != kNone) {
      relate(u, lead, RelationType::kSupport, "", R::kListItemSupportsLead);
    } else {
      relate(u, section_claim(units_[u].section), RelationType::kSupport, "", R::kListItemDefault);
    }
    return true;
  }

  bool link_by_connective(std::size_t u, const ConnectiveUse& c, std::size_t prev,
                          std::size_t target) {
    const Sense sense = c.senses.front();
    if ((sense == Sense::kContrast || c.counter) && prev != kNone)
      return contrastive_turn(u, c, prev);
    if (sense == Sense::kConcession) return concession(u, c, target);
    if (sense == Sense::kResult || sense == Sense::kConclusion)
      return conclusion(u, c, prev, target);
    if ((sense == Sense::kCause || sense == Sense::kExample) && prev != kNone) {
      const bool cause = sense == Sense::kCause;
      set_role(u, Role::kPremise, cause ? "cause.premise" : "example.premise");
      relate(u, prev, RelationType::kSupport, c.form,
             cause ? R::kCauseSupportsPrevious : R::kExampleSupportsPrevious);
      return true;
    }
    if ((sense == Sense::kAddition || sense == Sense::kEnumeration) && prev != kNone &&
        out_[prev]) {
      // Moreover / 此外 adds to the author's side: another reason beside a supporting unit,
      // or, after an attack has been answered, one more reason for the claim.
      const bool beside = out_[prev]->type == RelationType::kSupport;
      set_role(u, roles_[prev] == Role::kClaim ? Role::kClaim : Role::kPremise,
               "addition.parallel");
      relate(u, beside ? out_[prev]->to : target, RelationType::kSupport, c.form,
             beside ? R::kAdditionParallel : R::kAdditionAfterAttack);
      return true;
    }
    return false;
  }

  // 但 / however / yet: the unit turns against the view just stated.
  bool contrastive_turn(std::size_t u, const ConnectiveUse& c, std::size_t prev) {
    const std::size_t view = view_root(prev);
    set_role(u, Role::kClaim, "contrast.turn");
    if (view == kNone || view == major_) {
      relate(u, view == major_ ? major_ : prev, RelationType::kAttack, c.form, R::kRebutsPrevious);
      return true;
    }
    relate(u, view, RelationType::kAttack, c.form, R::kRebutsPrevious);
    if (out_[view] && is_default_rule(out_[view]->rule) &&
        out_[view]->type == RelationType::kSupport) {
      const RelationRule& conceded = relation_rule(R::kConcededView);
      out_[view]->type = RelationType::kAttack;
      out_[view]->rule = conceded.id;
      out_[view]->confidence = conceded.confidence;
      role_rules_[view] = conceded.id;
    }
    return true;
  }

  // 虽然 / although / no matter: the unit states its own position after the concession
  // (a clause follows), or, bare (admittedly, 诚然), concedes a point against the claim.
  bool concession(std::size_t u, const ConnectiveUse& c, std::size_t target) {
    if (mark_after_letters(units_[u].text, c.start + c.form.size(), breaks_.main_clause)) {
      set_role(u, Role::kClaim, "concession.exchange");
      relate(u, target, RelationType::kAttack, c.form, R::kConcessionExchange);
    } else {
      set_role(u, Role::kPremise, "concession.concedes");
      relate(u, target, RelationType::kAttack, c.form, R::kConcessionConcedes);
    }
    return true;
  }

  static bool has(const Senses& senses, Sense sense) {
    return std::find(senses.begin(), senses.end(), sense) != senses.end();
  }

  // The first (main) sense of a connective or paired form is `sense`.
  static bool sense_is(const Senses& senses, Sense sense) {
    return !senses.empty() && senses.front() == sense;
  }

  // "X, however, Y" / "X however is Y": a contrastive adverb inside the unit's first clause,
  // set off by commas or inside the clause, turns against the previous unit as an opening
  // "However," does; "X，却 Y" / "X, yet Y" contrasts within the unit instead.
  const ConnectiveUse* medial_turn(std::string_view text, const Features& f) const {
    for (const ConnectiveUse& c : f.connectives) {
      // Counters (still, at the same time) inside a clause are mostly temporal; only a
      // contrast adverb (however, by contrast) turns there.
      const bool turn = c.senses.front() == Sense::kContrast;
      const bool inside = !c.clause_initial || parenthetical(text, c);
      if (turn && c.adverbial && !c.unit_initial && inside && in_first_clause(f, c)) return &c;
    }
    return nullptr;
  }

  bool parenthetical(std::string_view text, const ConnectiveUse& c) const {
    std::size_t at = std::min(text.size(), c.start + c.form.size());
    return at < text.size() && is_one_of(decode_utf8(text, at), breaks_.parenthetical);
  }

  // No other connective starts a clause before c.
  static bool in_first_clause(const Features& f, const ConnectiveUse& c) {
    return std::none_of(f.connectives.begin(), f.connectives.end(), [&](const ConnectiveUse& o) {
      return o.start < c.start && o.clause_initial;
    });
  }

  // The unit concedes a point and answers it itself: 虽然…但…, "Granted X, but Y", "X may be
  // so, yet Y", "X, even if Y". A concession connective or paired form, or a contrast that
  // starts a later clause after a hedge, concession or reported view.
  static bool concedes_within(const Features& f) {
    for (const PairedUse& p : f.paired) {
      if (sense_is(p.senses, Sense::kConcession)) return true;
    }
    for (const ConnectiveUse& c : f.connectives) {
      if (c.unit_initial || !c.clause_initial) continue;
      if (sense_is(c.senses, Sense::kConcession) && !c.counter) return true;
      const bool contrast = c.senses.front() == Sense::kContrast && !closes_pair(f, c);
      if (contrast && conceded_before(f, c.start)) return true;
    }
    return false;
  }

  // "X, but that hardly counts": a conceding contrast (but, 但; not whereas, 而) that opens a
  // later clause with a subject of its own answers the clause before it, so the unit holds a
  // point and its rebuttal. "X, but they remain Y" goes on describing X's subject instead, and
  // "I think X, but Y" qualifies the author's own stated position.
  static const ConnectiveUse* answering_contrast(const Features& f) {
    if (f.stance_cue) return nullptr;
    for (const ConnectiveUse& c : f.connectives) {
      if (c.unit_initial || !c.clause_initial || c.shared_subject) continue;
      if (sense_is(c.senses, Sense::kContrast) && has(c.senses, Sense::kConcession) &&
          !closes_pair(f, c))
        return &c;
    }
    return nullptr;
  }

  // The "but" of "not X but Y" / 不是…而是 corrects, and that of "not only X but Y" adds; neither
  // concedes anything.
  static bool closes_pair(const Features& f, const ConnectiveUse& c) {
    return std::any_of(f.paired.begin(), f.paired.end(), [&](const PairedUse& p) {
      return (sense_is(p.senses, Sense::kCorrection) || sense_is(p.senses, Sense::kAddition)) &&
             p.second == c.form;
    });
  }

  static bool conceded_before(const Features& f, std::size_t at) {
    const auto before = [at](const auto& cue) { return cue.start < at; };
    return std::any_of(f.hedges.begin(), f.hedges.end(), before) ||
           std::any_of(f.view_cues.begin(), f.view_cues.end(), before) ||
           std::any_of(f.connectives.begin(), f.connectives.end(), [&](const ConnectiveUse& c) {
             return c.start < at && sense_is(c.senses, Sense::kConcession) && !c.counter;
           });
  }

  static std::string concession_marker(const Features& f) {
    for (const PairedUse& p : f.paired) {
      if (sense_is(p.senses, Sense::kConcession)) return p.first + "…" + p.second;
    }
    for (const ConnectiveUse& c : f.connectives) {
      if (c.clause_initial && !c.unit_initial) return c.form;
    }
    return "";
  }

  // 因此 / therefore / this is why: a conclusion drawn from what precedes.
  bool conclusion(std::size_t u, const ConnectiveUse& c, std::size_t prev, std::size_t target) {
    set_role(u, Role::kClaim, "result.claim");
    const bool thesis = c.senses.front() == Sense::kConclusion;
    relate(u, thesis ? major_ : target, RelationType::kSupport, c.form,
           thesis ? R::kConclusionRestatesThesis : R::kResultSupportsSection);
    const std::size_t from = prev == kNone ? kNone : view_root(prev);
    if (from != kNone && from != major_ && out_[from] && is_default_rule(out_[from]->rule)) {
      relate(from, u, RelationType::kSupport, c.form, R::kResultConcludesFromPrevious);
    }
    return true;
  }

  void link_by_cues(std::size_t u, std::size_t target) {
    const Features& f = f_[u];
    const bool correction = std::any_of(f.paired.begin(), f.paired.end(), [](const PairedUse& p) {
      return sense_is(p.senses, Sense::kCorrection);
    });
    if (correction) {
      set_role(u, Role::kClaim, "correction.claim");
      relate(u, target, RelationType::kSupport, f.paired.front().first, R::kCorrectionClaim);
    } else if (!f.claim_cues.empty()) {
      set_role(u, Role::kClaim, "cue.claim");
      relate(u, target, RelationType::kSupport, f.claim_cues.front().form, R::kCueClaim);
    } else {
      set_role(u, Role::kPremise, "default.premise");
      relate(u, target, RelationType::kSupport, "", R::kDefaultSectionClaim);
    }
  }

  // Each unit has at most one outgoing relation, so the graph is a functional graph: walk it
  // once with three colours and cut any edge that closes a cycle. Linear in the units.
  void break_cycles() {
    std::vector<int> state(units_.size(), 0);  // 0 new, 1 on the current path, 2 done
    for (std::size_t start = 0; start < units_.size(); ++start) {
      std::vector<std::size_t> path;
      std::size_t u = start;
      while (u != kNone && state[u] == 0) {
        state[u] = 1;
        path.push_back(u);
        u = out_[u] ? out_[u]->to : kNone;
      }
      if (u != kNone && state[u] == 1) {
        const std::size_t last = path.back();
        relate(last, major_ == last ? kNone : major_, RelationType::kSupport, "",
               R::kDefaultCycleCut);
        if (major_ == kNone || major_ == last || out_[last]->to == last) out_[last].reset();
      }
      for (std::size_t p : path) state[p] = 2;
    }
  }

  Graph finish() {
    Graph g;
    g.roles = std::move(roles_);
    g.role_rules = std::move(role_rules_);
    g.relations.reserve(static_cast<std::size_t>(
        std::count_if(out_.begin(), out_.end(), [](const auto& r) { return r.has_value(); })));
    for (auto& r : out_) {
      if (r) g.relations.push_back(std::move(*r));
    }
    return g;
  }

  Theses theses_;
  const ClauseBreaks& breaks_;
  const Structure& s_;
  const std::vector<Unit>& units_;
  const std::vector<Features>& f_;
  std::vector<std::optional<Relation>> out_;
  std::vector<std::optional<Relation>> aimed_;  // relations toward a thesis not yet chosen
  std::vector<Role> roles_;
  std::vector<std::string_view> role_rules_;
  std::vector<std::size_t> first_unit_, last_unit_;
  std::size_t major_ = kNone;
  std::size_t closing_thesis_ = kNone;
  std::size_t restated_ = kNone;
};

// The best candidate of one paragraph (of the text when paragraph < 0), `except` left out;
// kNone if none.
std::size_t best_major(const std::vector<RoleScore>& scores, const TextForm& form, int paragraph,
                       std::size_t except = kNone) {
  std::size_t best = kNone;
  for (std::size_t u = 0; u < scores.size(); ++u) {
    if (!scores[u].candidate || u == except) continue;
    if (paragraph >= 0 && form.paragraph[u] != static_cast<std::size_t>(paragraph)) continue;
    if (best == kNone || scores[u].major > scores[best].major) best = u;
  }
  return best;
}

// The runner-up of a part whose best is a thesis, when it scores above zero and within margin.
void add_second(const std::vector<RoleScore>& scores, const TextForm& form, std::size_t best,
                double margin, Theses& t) {
  const std::size_t second = best_major(scores, form, static_cast<int>(form.paragraph[best]), best);
  if (second == kNone || scores[second].major <= 0) return;
  if (scores[best].major - scores[second].major < margin) t.also.push_back(second);
}

// The thesis is the best candidate of the text; an essay restates it at its other end.
Theses choose_theses(const std::vector<RoleScore>& scores, const TextForm& form,
                     std::optional<double> margin) {
  Theses t;
  t.major = best_major(scores, form, -1);
  if (t.major == kNone) {
    if (!scores.empty()) t.major = 0;  // headings only: the first one states the topic
    return t;
  }
  if (form.sectioned || !form.essay()) return t;
  // An essay states its thesis in its introduction and restates it in its conclusion: the best
  // of each that scores above zero (the score of "no thesis here"), the higher one the thesis.
  const std::size_t intro = best_major(scores, form, 0);
  const std::size_t conclusion = best_major(scores, form, static_cast<int>(form.paragraphs - 1));
  if (intro == kNone || conclusion == kNone) return t;
  const bool first = scores[intro].major >= scores[conclusion].major;
  t.major = first ? intro : conclusion;
  const std::size_t other = first ? conclusion : intro;
  if (scores[other].major > 0) t.restated = other;
  if (!margin) return t;
  add_second(scores, form, t.major, *margin, t);
  if (t.restated != kNone) add_second(scores, form, t.restated, *margin, t);
  return t;
}

constexpr std::size_t kDecidingTerms = 5;

// In an essay without headings (the form the claim model was fitted on) the claim model tells
// claims from premises; elsewhere the rules do. Headings, titles and the theses keep their roles.
void decide_claims(const TextForm& form, const std::vector<Unit>& units, const RoleWeights& weights,
                   Graph& g) {
  for (std::size_t u = 0; u < units.size(); ++u) {
    const RoleScore& s = g.role_scores[u];
    if (g.roles[u] == Role::kMajorClaim) {
      g.role_terms[u] = deciding_terms(s, weights.major, kDecidingTerms);
      continue;
    }
    if (u == form.title && units[u].kind != UnitKind::kTitle) {
      g.roles[u] = Role::kBackground;  // a prompt line: the question or topic set
      g.role_rules[u] = "title.prompt";
    }
    if (form.sectioned || !form.essay() || !s.candidate || u == form.title) continue;
    const Role role = s.claim > 0 ? Role::kClaim : Role::kPremise;
    if (role != g.roles[u])
      g.role_rules[u] = role == Role::kClaim ? "model.claim" : "model.premise";
    g.roles[u] = role;
    g.role_terms[u] = deciding_terms(s, weights.claim, kDecidingTerms);
  }
}

}  // namespace

Graph build_graph(const Structure& structure, const std::vector<Unit>& units,
                  const std::vector<Features>& features, const Lexicon& lexicon,
                  const RoleWeights& weights) {
  const std::vector<RuleReading> rules =
      Builder(structure, units, features, lexicon.clause_breaks, Theses{}).read();
  const TextForm form = text_form(structure, units);
  std::vector<RoleScore> scores = score_roles(form, units, features, rules, weights);
  Graph g = Builder(structure, units, features, lexicon.clause_breaks,
                    choose_theses(scores, form, weights.second_thesis_margin))
                .build();
  g.role_scores = std::move(scores);
  g.role_terms.assign(units.size(), {});
  decide_claims(form, units, weights, g);
  return g;
}

const char* role_name(Role role) {
  switch (role) {
    case Role::kMajorClaim:
      return "major_claim";
    case Role::kClaim:
      return "claim";
    case Role::kBackground:
      return "background";
    case Role::kPremise:
      break;
  }
  return "premise";
}

const char* relation_name(RelationType type) {
  return type == RelationType::kAttack ? "attack" : "support";
}

}  // namespace argmap
