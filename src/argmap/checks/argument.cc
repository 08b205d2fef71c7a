// The argument across languages: attacks kept as attacks, connective senses kept, claims kept
// as claims, and the two theses saying the same thing.
#include <algorithm>
#include <optional>
#include <set>

#include "argmap/checks/rules.h"
#include "argmap/ids.h"

namespace argmap::checks {
namespace {

std::string relation_words(const VersionAnalysis& v, const Relation& r) {
  std::string s = std::string(r.type == RelationType::kAttack ? "attack" : "support") + " " +
                  unit_id(v.lang, r.from) + " → " + unit_id(v.lang, r.to);
  if (!r.marker.empty()) s += " (" + r.marker + ")";
  return s;
}

const std::set<Sense> kArgumentSenses = {Sense::kContrast, Sense::kConcession, Sense::kCause,
                                         Sense::kResult};

// The connective opening a side whose first sense carries the argument, or null.
const ConnectiveUse* argument_connective(const VersionAnalysis& v,
                                         const std::vector<std::size_t>& units) {
  for (std::size_t u : units) {
    for (const ConnectiveUse& c : v.features[u].connectives) {
      if (c.unit_initial && kArgumentSenses.count(c.senses.front())) return &c;
    }
  }
  return nullptr;
}

// A connective that may only go on (当然 of course, So opening a spoken sentence): one of its
// senses carries no argument.
bool may_only_go_on(const ConnectiveUse* c) {
  return std::any_of(c->senses.begin(), c->senses.end(),
                     [](Sense s) { return !kArgumentSenses.count(s); });
}

// Its first sense, and its form in `form`; none without one.
std::optional<Sense> argument_sense(const VersionAnalysis& v, const std::vector<std::size_t>& units,
                                    std::string& form) {
  const ConnectiveUse* c = argument_connective(v, units);
  if (!c) return std::nullopt;
  form = c->form;
  return c->senses.front();
}

// A relation whose two ends, or whose `from`, the other version merged with a neighbour into
// one unit: that unit carries one relation at most, and the turn (, but …) lies inside it.
bool merged_away(const CheckInput& in, Lang lang, const Relation& rel) {
  const Link& from = in.link(lang, rel.from);
  const auto& mine = side(from, lang);
  const auto& theirs = side(from, argmap::other(lang));
  return in.link_of(lang, rel.from) == in.link_of(lang, rel.to) ||
         (mine.size() > 1 && theirs.size() == 1);
}

bool one_sided(const CheckInput& in, Lang lang, std::size_t unit) {
  const Link& l = in.link(lang, unit);
  return l.zh.empty() || l.en.empty();
}

// Per unit of a version: whether one of its relations goes to a unit with no counterpart.
std::vector<bool> relates_to_one_sided(const CheckInput& in, Lang lang) {
  const VersionAnalysis& v = in.version(lang);
  std::vector<bool> out(v.units.size(), false);
  for (const Relation& r : v.graph.relations) {
    if (one_sided(in, lang, r.to)) out[r.from] = true;
  }
  return out;
}

// A relation lost with an omitted or added unit: one of its ends has no counterpart, or the
// counterpart of its `from` relates to such a unit. The omission or addition is the finding.
bool lost_with_unit(const CheckInput& in, Lang lang, const Relation& rel,
                    const ByLang<std::vector<bool>>& to_one_sided) {
  if (one_sided(in, lang, rel.from) || one_sided(in, lang, rel.to)) return true;
  const Lang there = argmap::other(lang);
  const Link& from = in.link(lang, rel.from);
  const auto& units = side(from, there);
  return std::any_of(units.begin(), units.end(),
                     [&](std::size_t u) { return to_one_sided[there][u]; });
}

bool is_claim(Role r) { return r == Role::kClaim || r == Role::kMajorClaim; }

bool is_structural(const VersionAnalysis& v, std::size_t u) {
  return v.graph.roles[u] == Role::kMajorClaim || v.units[u].kind == UnitKind::kHeading ||
         v.units[u].kind == UnitKind::kTitle;
}

// The senses of the connective that made the relation (its marker), as the lexicon gives them.
Senses marker_senses(const VersionAnalysis& v, const Relation& rel) {
  if (rel.marker.empty()) return {};
  return v.features[rel.from].senses_of(rel.marker);
}

// Every sense of every connective in the units (anywhere in them, or only those opening a
// unit: what could stand where the marker stands).
Senses unit_senses(const VersionAnalysis& v, const std::vector<std::size_t>& units,
                   bool opening_only = false) {
  Senses out;
  for (std::size_t u : units) {
    for (const ConnectiveUse& c : v.features[u].connectives) {
      if (!opening_only || c.unit_initial) out.insert(out.end(), c.senses.begin(), c.senses.end());
    }
    if (opening_only) continue;
    for (const PairedUse& p : v.features[u].paired)
      out.insert(out.end(), p.senses.begin(), p.senses.end());
  }
  return out;
}

// An opening correction (Instead, 而是) turns the argument as a contrast does.
bool same_turn(const Senses& a, const Senses& opening) {
  const auto turns = [](Sense s) { return s == Sense::kContrast || s == Sense::kCorrection; };
  return std::any_of(a.begin(), a.end(), turns) &&
         std::any_of(opening.begin(), opening.end(), turns);
}

// Both sides open with a connective that carries the argument: the connective rule compares
// their senses, and one finding is enough.
bool connective_reports(const CheckInput& in, const Link& l) {
  std::string form;
  return argument_sense(in.zh, l.zh, form) && argument_sense(in.en, l.en, form);
}

std::string sense_list(const Senses& senses) {
  std::string s;
  std::set<Sense> seen;
  for (Sense x : senses) {
    if (seen.insert(x).second) s += (s.empty() ? "" : ", ") + std::string(sense_name(x));
  }
  return s;
}

// The marker's kind changed (但 → and, 因此 → but), or the other side has no marker at all.
Finding relation_finding(const CheckInput& in, const RelationLink& r, const Relation& rel,
                         const Senses& theirs) {
  const VersionAnalysis& v = in.version(r.lang);
  const std::string where(lang_name(r.lang)), there(lang_name(argmap::other(r.lang)));
  Finding f{"relation", Severity::kWarning, "", {}, {}};
  f.case_name = theirs.empty() ? "marker-missing" : "kind-changed";
  f.message = "the " + where + " " + relation_words(v, rel) +
              (theirs.empty() ? " has no connective of its kind in the " + there
                              : " is turned into " + sense_list(theirs) + " in the " + there);
  side(f, r.lang) = {rel.from, rel.to};
  return f;
}

}  // namespace

void relation(const CheckInput& in, std::vector<Finding>& out) {
  const ByLang<std::vector<bool>> to_one_sided{relates_to_one_sided(in, Lang::kZh),
                                               relates_to_one_sided(in, Lang::kEn)};
  for (const RelationLink& r : in.alignment.relations) {
    const VersionAnalysis& v = in.version(r.lang);
    const Relation& rel = v.graph.relations[r.relation];
    if (rel.type != RelationType::kAttack || r.match == RelationMatch::kSame) continue;
    if (merged_away(in, r.lang, rel) || lost_with_unit(in, r.lang, rel, to_one_sided)) continue;
    const Senses mine = marker_senses(v, rel);
    if (mine.empty()) continue;  // an attack the graph inferred without a marker: attachment
    const Link& from = in.link(r.lang, rel.from);
    const Lang there = argmap::other(r.lang);
    const std::vector<std::size_t>& units = side(from, there);
    if (shares_sense(mine, unit_senses(in.version(there), units))) continue;  // attachment only
    const Senses theirs = unit_senses(in.version(there), units, true);
    if (same_turn(mine, theirs)) continue;
    if (!theirs.empty() && connective_reports(in, from)) continue;
    // A concession or cause restructured (即使 → even, 尽管 → although later on) is common
    // rewording; a dropped or added turn of contrast (但, however) is what changes the argument,
    // when the rest of the pair is rendered closely. In a free rendering (a low alignment
    // score) a turn left implicit is rewording too.
    if (theirs.empty() &&
        (mine.front() != Sense::kContrast || from.score < in.lexicons.zh.review.close_rendering))
      continue;
    // A point answered inside its own sentence (X，只是 Y) is often rendered by subordination
    // ("X, held back by Y"): only a changed kind is reported there.
    if (theirs.empty() && rel.rule == std::string("contrast.answers_within")) continue;
    Finding f = relation_finding(in, r, rel, theirs);
    side(f, there) = units;
    out.push_back(std::move(f));
  }
}

void connective(const CheckInput& in, std::vector<Finding>& out) {
  for (const Link* l : in.two_sided()) {
    std::string zh_form, en_form;
    const std::optional<Sense> zh = argument_sense(in.zh, l->zh, zh_form),
                               en = argument_sense(in.en, l->en, en_form);
    if (!zh || !en || *zh == *en) continue;
    const std::set<Sense> turn = {*zh, *en};
    if (turn == std::set<Sense>{Sense::kContrast, Sense::kConcession}) continue;
    // A connective that may only go on is compared with nothing.
    if (may_only_go_on(argument_connective(in.zh, l->zh)) ||
        may_only_go_on(argument_connective(in.en, l->en)))
      continue;
    Finding f{"connective", Severity::kWarning, "", l->zh, l->en};
    f.message = "connective sense changed: " + zh_form + " (" + std::string(sense_name(*zh)) +
                ") became " + en_form + " (" + std::string(sense_name(*en)) + ")";
    out.push_back(std::move(f));
  }
}

Finding role_finding(const CheckInput& in, std::size_t z, std::size_t e) {
  Finding f{"role", Severity::kWarning, "", {z}, {e}};
  f.message = std::string("a ") + role_name(in.zh.graph.roles[z]) + " in Chinese is a " +
              role_name(in.en.graph.roles[e]) + " in English";
  return f;
}

// The pair's unit is the major claim of one version only, and not a heading or title there.
bool thesis_of(const VersionAnalysis& v, const VersionAnalysis& other, const Finding& f,
               bool zh_side) {
  const std::size_t u = zh_side ? f.zh[0] : f.en[0], o = zh_side ? f.en[0] : f.zh[0];
  const auto text = [](const VersionAnalysis& w, std::size_t x) {
    return w.units[x].kind != UnitKind::kHeading && w.units[x].kind != UnitKind::kTitle;
  };
  return v.graph.roles[u] == Role::kMajorClaim && other.graph.roles[o] != Role::kMajorClaim &&
         text(v, u) && text(other, o);
}

// One thesis moved (the Chinese major claim reads as a premise in English, and the English
// major claim elsewhere as a premise in Chinese) is one finding naming both pairs.
void merge_moved_theses(const CheckInput& in, std::vector<Finding>& found) {
  for (std::size_t a = 0; a < found.size(); ++a) {
    if (!thesis_of(in.zh, in.en, found[a], true)) continue;
    for (std::size_t b = 0; b < found.size(); ++b) {
      if (b == a || !thesis_of(in.en, in.zh, found[b], false)) continue;
      found[a].case_name = "thesis-moved";
      found[a].message =
          "the major claim moved: the Chinese one reads as a premise in English, "
          "and the English one as a premise in Chinese";
      found[a].zh.push_back(found[b].zh[0]);
      found[a].en.push_back(found[b].en[0]);
      found.erase(found.begin() + static_cast<std::ptrdiff_t>(b));
      if (b < a) --a;
      break;
    }
  }
}

// Claim against premise: a warning for section claims and theses; other units are summed up
// in one note, since a claim cue on one side only is common and minor.
void role(const CheckInput& in, std::vector<Finding>& out) {
  Finding minor{"role", Severity::kInfo, "", {}, {}};
  std::vector<Finding> structural;
  for (const Link* l : in.two_sided()) {
    if (l->zh.size() != 1 || l->en.size() != 1) continue;
    const std::size_t z = l->zh[0], e = l->en[0];
    if (is_claim(in.zh.graph.roles[z]) == is_claim(in.en.graph.roles[e])) continue;
    if (is_structural(in.zh, z) || is_structural(in.en, e)) {
      structural.push_back(role_finding(in, z, e));
      continue;
    }
    minor.zh.push_back(z);
    minor.en.push_back(e);
  }
  merge_moved_theses(in, structural);
  out.insert(out.end(), structural.begin(), structural.end());
  if (minor.zh.empty()) return;
  minor.message = std::to_string(minor.zh.size()) +
                  " aligned units read as a claim in one version and as a premise in the other "
                  "(a claim cue such as 必须/真正的/must on one side only)";
  out.push_back(std::move(minor));
}

}  // namespace argmap::checks
