#include "argmap/export/walk.h"

namespace argmap {
namespace {

void walk_version(const VersionAnalysis& v, Walker& w) {
  w.enter_version(v);
  for (std::size_t s = 0; s < v.structure.sections.size(); ++s) {
    w.enter_section(v, s);
    for (std::size_t u : v.index.section_units[s]) w.unit(v, u);
    w.exit_section(v, s);
  }
  for (std::size_t r = 0; r < v.graph.relations.size(); ++r) w.relation(v, r);
  w.exit_version(v);
}

}  // namespace

void walk(const Analysis& analysis, Walker& walker) {
  for (const VersionAnalysis& v : analysis.versions) walk_version(v, walker);
  if (!analysis.alignment) return;
  for (std::size_t l = 0; l < analysis.alignment->links.size(); ++l)
    walker.link(*analysis.alignment, l);
}

}  // namespace argmap
