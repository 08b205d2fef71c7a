#include "argmap/export/outline.h"

#include <cstdio>

#include "argmap/export/json.h"

namespace argmap {
namespace {

const char* kind_label(UnitKind kind) {
  switch (kind) {
    case UnitKind::kTitle:
      return "title";
    case UnitKind::kHeading:
      return "heading";
    case UnitKind::kListItem:
      return "item";
    case UnitKind::kSentence:
      break;
  }
  return "sentence";
}

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

void write_version(const Analysis& analysis, const VersionAnalysis& v, std::string& out) {
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
    char where[64];
    std::snprintf(where, sizeof where, "%s:%zu:%zu", analysis.doc.inputs[u.input].path.c_str(),
                  p.line, p.column);
    char head[128];
    std::snprintf(head, sizeof head, "    %-7s %-8s ", unit_id(v.lang, i).c_str(),
                  kind_label(u.kind));
    out += head + u.text + "  (" + where + ")\n";
  }
}

}  // namespace

std::string write_outline(const Analysis& analysis) {
  std::string out;
  for (const VersionAnalysis& v : analysis.versions) {
    if (!out.empty()) out += "\n";
    write_version(analysis, v, out);
  }
  return out;
}

}  // namespace argmap
