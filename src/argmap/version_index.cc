#include "argmap/version_index.h"

#include "argmap/alignment.h"
#include "argmap/version_analysis.h"

namespace argmap {
namespace {

void index_units(const VersionAnalysis& v, VersionIndex& x) {
  x.section_units = Groups(v.structure.sections.size(), v.units.size(),
                           [&v](std::size_t u) { return v.units[u].section; });
  x.block_units = Groups(v.structure.blocks.size(), v.units.size(),
                         [&v](std::size_t u) { return v.units[u].block; });
}

// A section's heading unit: the first unit of its heading block.
void index_headings(const VersionAnalysis& v, VersionIndex& x) {
  x.heading.assign(v.structure.sections.size(), VersionIndex::kNone);
  for (std::size_t s = 0; s < v.structure.sections.size(); ++s) {
    const std::optional<std::size_t> block = v.structure.sections[s].heading;
    if (block && !x.block_units[*block].empty()) x.heading[s] = x.block_units[*block].front();
  }
}

void index_relations(const VersionAnalysis& v, VersionIndex& x) {
  const std::vector<Relation>& rels = v.graph.relations;
  x.out = Groups(v.units.size(), rels.size(), [&rels](std::size_t r) { return rels[r].from; });
  x.in = Groups(v.units.size(), rels.size(), [&rels](std::size_t r) { return rels[r].to; });
}

}  // namespace

VersionIndex index_version(const VersionAnalysis& v, const std::vector<Link>* links) {
  VersionIndex x;
  index_units(v, x);
  index_headings(v, x);
  index_relations(v, x);
  x.link = links ? link_index(*links, v.lang, v.units.size(), VersionIndex::kNone)
                 : std::vector<std::size_t>(v.units.size(), VersionIndex::kNone);
  return x;
}

}  // namespace argmap
