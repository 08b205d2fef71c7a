#include "argmap/export/argdown.h"

#include "argmap/export/walk.h"
#include "argmap/ids.h"
#include "argmap/text.h"

namespace argmap {
namespace {

std::string title(Lang lang, std::size_t unit) { return "[" + unit_id(lang, unit) + "]"; }

std::string section_heading(const VersionAnalysis& v, std::size_t s) {
  const std::optional<std::size_t> heading = heading_unit(v, s);
  const bool preamble = v.structure.sections[s].kind == SectionKind::kPreamble;
  const std::string text = heading ? v.units[*heading].text : preamble ? "Preamble" : "Section";
  return "## " + argdown_escape(text) + " (" + section_id(v.structure, s) + ")\n\n";
}

// `[zh:u12]: text`, then the unit's relation (at most one) indented under it.
std::string statement(const VersionAnalysis& v, std::size_t u) {
  std::string out = title(v.lang, u) + ": " + argdown_escape(v.units[u].text) + "\n";
  for (std::size_t i : v.index.out[u]) {
    const Relation& r = v.graph.relations[i];
    out += std::string("    ") + (r.type == RelationType::kAttack ? "-> " : "+> ") +
           title(v.lang, r.to) + "\n";
  }
  return out + "\n";
}

// A heading per version and per section that has units, then each unit's statement.
struct ArgdownWriter : Walker {
  std::string out;
  void enter_version(const VersionAnalysis& v) override {
    out += "# " + std::string(lang_name(v.lang)) + " version (" + std::string(lang_code(v.lang)) +
           ")\n\n";
  }
  void enter_section(const VersionAnalysis& v, std::size_t s) override {
    if (!v.index.section_units[s].empty()) out += section_heading(v, s);
  }
  void unit(const VersionAnalysis& v, std::size_t u) override { out += statement(v, u); }
};

}  // namespace

std::string argdown_escape(std::string_view text) {
  return backslash_escape(text, "\\@#*_[]<>{}/.:;+-");
}

std::string write_argdown(const Analysis& analysis) {
  ArgdownWriter writer;
  walk(analysis, writer);
  return std::move(writer.out);
}

}  // namespace argmap
