#include "argmap/export/outline.h"

#include <cstdio>

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
    line += " by " + r.rule + " (" + conf + "); ";
  }
  line += "role: " + v.graph.role_rules[u];
  return line + model_terms(v.graph, u) + "\n";
}

void write_version(const Analysis& analysis, const VersionAnalysis& v, bool explain,
                   std::string& out) {
  std::vector<LineIndex> lines;
  for (const Input& in : analysis.doc.inputs) lines.emplace_back(in.bytes);
  out += std::string(lang_code(v.lang)) + ": " + std::to_string(v.structure.sections.size()) +
         " sections, " + std::to_string(v.units.size()) + " units\n";
  std::size_t section = static_cast<std::size_t>(-1);
  for (std::size_t i = 0; i < v.units.size(); ++i) {
    const Unit& u = v.units[i];
    if (u.section != section) {
      section = u.section;
      out += "  [" + section_id(v.structure, section) + "] " +
             section_label(v.structure.sections[section]) + "\n";
    }
    const Position p = lines[u.input].locate(u.start);
    const std::string where = analysis.doc.inputs[u.input].path + ":" + std::to_string(p.line) +
                              ":" + std::to_string(p.column);
    char head[64];
    std::snprintf(head, sizeof head, "    %-7s %-8s ", unit_id(v.lang, i).c_str(),
                  explain ? role_label(v.graph.roles[i])
                          : (u.kind == UnitKind::kListItem ? "item" : kind_name(u.kind)));
    out += head + u.text + "  (" + where + ")\n";
    if (explain) out += explanation(v, i);
  }
}

}  // namespace

std::string write_outline(const Analysis& analysis, bool explain) {
  std::string out;
  for (const VersionAnalysis& v : analysis.versions) {
    if (!out.empty()) out += "\n";
    write_version(analysis, v, explain, out);
  }
  return out;
}

}  // namespace argmap
