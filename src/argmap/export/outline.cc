#include "argmap/export/outline.h"

#include <cstdio>

#include "argmap/export/location.h"
#include "argmap/export/walk.h"
#include "argmap/ids.h"

namespace argmap {
namespace {

std::string section_label(const Section& s) {
  switch (s.kind) {
    case SectionKind::kPreamble:
      return "preamble";
    case SectionKind::kClosing:
      return "closing";
    case SectionKind::kNumbered:
      return "section " + std::to_string(s.number.value_or(0));
    case SectionKind::kUnnumbered:
      break;
  }
  return "section";
}

const char* role_label(Role role) {
  switch (role) {
    case Role::kMajorClaim:
      return "MAJOR";
    case Role::kClaim:
      return "claim";
    case Role::kBackground:
      return "backgr";
    case Role::kPremise:
      break;
  }
  return "premise";
}

// " (model +2.41: intro_last +1.90, claim_cue +0.62)": the features that decided a role.
std::string model_terms(const Graph& g, std::size_t u) {
  if (u >= g.role_terms.size() || g.role_terms[u].empty()) return "";
  const RoleScore& s = g.role_scores[u];
  const double score = g.roles[u] == Role::kMajorClaim ? s.major : s.claim;
  char buf[64];
  std::snprintf(buf, sizeof buf, " (model %+.2f:", score);
  std::string out = buf;
  for (const Term& t : g.role_terms[u]) {
    std::snprintf(buf, sizeof buf, " %+.2f", t.contribution);
    out += (out.back() == ':' ? " " : ", ") + t.feature + buf;
  }
  return out + ")";
}

// "   └─ attacks zh:u8 «但» by contrast.rebuts_previous (0.75); role: contrast.turn"
std::string explanation(const VersionAnalysis& v, std::size_t u) {
  std::string line = "             ";
  for (std::size_t i : v.index.out[u]) {
    const Relation& r = v.graph.relations[i];
    char conf[16];
    std::snprintf(conf, sizeof conf, "%.2f", r.confidence);
    line += r.type == RelationType::kAttack ? "└─ attacks " : "└─ supports ";
    line += unit_id(v.lang, r.to);
    if (!r.marker.empty()) line += " «" + r.marker + "»";
    line += " by " + std::string(r.rule) + " (" + conf + "); ";
  }
  line += "role: " + std::string(v.graph.role_rules[u]);
  return line + model_terms(v.graph, u) + "\n";
}

// Per version a count line, per section with units a label, per unit a line with its place.
class OutlineWriter : public Walker {
 public:
  OutlineWriter(const Analysis& analysis, bool explain) : at_(analysis), explain_(explain) {}
  std::string out;

  void enter_version(const VersionAnalysis& v) override {
    if (!out.empty()) out += "\n";
    out += std::string(lang_code(v.lang)) + ": " + std::to_string(v.structure.sections.size()) +
           " sections, " + std::to_string(v.units.size()) + " units\n";
  }
  void enter_section(const VersionAnalysis& v, std::size_t s) override {
    if (v.index.section_units[s].empty()) return;
    out +=
        "  [" + section_id(v.structure, s) + "] " + section_label(v.structure.sections[s]) + "\n";
  }
  void unit(const VersionAnalysis& v, std::size_t i) override {
    const Unit& u = v.units[i];
    const Location where = at_.of(v, i);
    char head[64];
    std::snprintf(head, sizeof head, "    %-7s %-8s ", unit_id(v.lang, i).c_str(),
                  explain_ ? role_label(v.graph.roles[i])
                           : (u.kind == UnitKind::kListItem ? "item" : kind_name(u.kind)));
    out += head + u.text + "  (" + where.path + ":" + std::to_string(where.start.line) + ":" +
           std::to_string(where.start.column) + ")\n";
    if (explain_) out += explanation(v, i);
  }

 private:
  Locator at_;
  bool explain_;
};

}  // namespace

std::string write_outline(const Analysis& analysis, bool explain) {
  OutlineWriter writer(analysis, explain);
  walk(analysis, writer);
  return std::move(writer.out);
}

}  // namespace argmap
