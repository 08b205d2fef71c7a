#include "argmap/export/md.h"

#include <optional>
#include <string_view>
#include <utility>

#include "argmap/export/walk.h"
#include "argmap/ids.h"
#include "argmap/text.h"

namespace argmap {
namespace {

// For each unit, the units whose relation points at it from the same section, in order; and
// for each unit, its relation (the graph has at most one per `from`).
struct Tree {
  std::vector<std::vector<std::size_t>> children;
  std::vector<const Relation*> out;
  explicit Tree(const VersionAnalysis& v) : children(v.units.size()), out(v.units.size()) {
    for (const Relation& r : v.graph.relations) {
      out[r.from] = &r;
      if (nested(v, r)) children[r.to].push_back(r.from);
    }
  }
  // Nested under its target when that is in the same section and is not the major claim.
  static bool nested(const VersionAnalysis& v, const Relation& r) {
    return v.units[r.from].section == v.units[r.to].section &&
           v.graph.roles[r.to] != Role::kMajorClaim;
  }
};

const char* role_label(Role role) {
  switch (role) {
    case Role::kMajorClaim:
      return "Major claim";
    case Role::kClaim:
      return "Claim";
    case Role::kBackground:
      return "Background";
    case Role::kPremise:
      break;
  }
  return "Premise";
}

// "supports", or at the top of a list "supports the major claim" / "attacks en:u7".
std::string relation_note(const VersionAnalysis& v, const Relation* r, bool root) {
  if (r == nullptr) return "";
  std::string note = r->type == RelationType::kAttack ? ", attacks" : ", supports";
  if (!root) return note;
  if (v.graph.roles[r->to] == Role::kMajorClaim && v.graph.roles[r->from] != Role::kMajorClaim)
    return note + " the major claim";
  return note + " " + unit_id(v.lang, r->to);
}

std::string item(const VersionAnalysis& v, const Tree& t, std::size_t u, std::size_t depth) {
  return std::string(2 * depth, ' ') + "- **" + role_label(v.graph.roles[u]) + "**" +
         relation_note(v, t.out[u], depth == 0) + ": " + md_escape(v.units[u].text) + " (`" +
         unit_id(v.lang, u) + "`)\n";
}

// The list of one root and everything nested under it, depth first, without recursion.
void write_tree(const VersionAnalysis& v, const Tree& t, std::size_t root, std::string& out) {
  std::vector<std::pair<std::size_t, std::size_t>> stack{{root, 0}};  // unit, depth
  while (!stack.empty()) {
    const auto [u, depth] = stack.back();
    stack.pop_back();
    out += item(v, t, u, depth);
    const auto& kids = t.children[u];
    for (auto k = kids.rbegin(); k != kids.rend(); ++k) stack.emplace_back(*k, depth + 1);
  }
}

bool is_root(const VersionAnalysis& v, const Tree& t, std::size_t u) {
  return v.graph.roles[u] != Role::kMajorClaim &&
         (t.out[u] == nullptr || !Tree::nested(v, *t.out[u]));
}

std::string section_title(const VersionAnalysis& v, std::size_t s) {
  if (const std::optional<std::size_t> heading = heading_unit(v, s))
    return md_escape(v.units[*heading].text);
  return v.structure.sections[s].kind == SectionKind::kPreamble ? "Preamble" : "Section";
}

void write_section(const VersionAnalysis& v, const Tree& t, std::size_t s, std::string& out) {
  out += "## " + section_title(v, s) + " (`" + section_id(v.structure, s) + "`)\n\n";
  std::size_t roots = 0;
  for (std::size_t u : v.index.section_units[s]) {
    if (!is_root(v, t, u)) continue;
    write_tree(v, t, u, out);
    ++roots;
  }
  if (roots == 0) out += "No claims or premises.\n";
  out += "\n";
}

// Per version a heading and its major claims, then per section its trees.
struct MdWriter : Walker {
  std::string out;
  std::optional<Tree> tree;  // the version being written
  void enter_version(const VersionAnalysis& v) override {
    const Tree& t = tree.emplace(v);
    out += "# " + std::string(lang_name(v.lang)) + " version (`" + std::string(lang_code(v.lang)) +
           "`)\n\n";
    for (std::size_t u = 0; u < v.units.size(); ++u) {
      if (v.graph.roles[u] != Role::kMajorClaim) continue;
      out += "**Major claim**" + relation_note(v, t.out[u], true) + ": " +
             md_escape(v.units[u].text) + " (`" + unit_id(v.lang, u) + "`)\n\n";
    }
  }
  void enter_section(const VersionAnalysis& v, std::size_t s) override {
    write_section(v, *tree, s, out);
  }
};

}  // namespace

std::string md_escape(std::string_view text) { return backslash_escape(text, "\\`*_[]<>&~|#!"); }

std::string write_md(const Analysis& analysis) {
  MdWriter w;
  walk(analysis, w);
  if (!w.out.empty()) w.out.pop_back();  // one newline at the end, not a blank line
  return std::move(w.out);
}

}  // namespace argmap
