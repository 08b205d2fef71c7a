#include "argmap/export/walk.h"

namespace argmap {
namespace {

void sections_and_units(const VersionAnalysis& v, Walker& w, WalkOrder order) {
  const bool nested = order == WalkOrder::kDocument;
  for (std::size_t s = 0; s < v.structure.sections.size(); ++s) {
    w.enter_section(v, s);
    if (nested)
      for (std::size_t u : v.index.section_units[s]) w.unit(v, u);
    w.exit_section(v, s);
  }
  if (!nested)
    for (std::size_t u = 0; u < v.units.size(); ++u) w.unit(v, u);
}

void walk_version(const VersionAnalysis& v, Walker& w, WalkOrder order) {
  w.enter_version(v);
  sections_and_units(v, w, order);
  for (std::size_t l = 0; l < v.structure.lists.size(); ++l) w.list(v, l);
  for (std::size_t r = 0; r < v.graph.relations.size(); ++r) w.relation(v, r);
  w.exit_version(v);
}

// Unaligned, each unit stands in a row of its own.
void unit_rows(const Analysis& analysis, Walker& w) {
  std::size_t n = 0;
  for (const VersionAnalysis& v : analysis.versions) {
    for (std::size_t u = 0; u < v.units.size(); ++u) {
      Link alone;
      side(alone, v.lang).push_back(u);
      w.row(alone, n++);
    }
  }
}

}  // namespace

void walk(const Analysis& analysis, Walker& walker, WalkOrder order) {
  for (const VersionAnalysis& v : analysis.versions) walk_version(v, walker, order);
  if (!analysis.alignment) return unit_rows(analysis, walker);
  const std::vector<Link>& links = analysis.alignment->links;
  for (std::size_t l = 0; l < links.size(); ++l) walker.link(*analysis.alignment, l);
  for (std::size_t l = 0; l < links.size(); ++l) walker.row(links[l], l);
}

}  // namespace argmap
