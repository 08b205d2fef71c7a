#include "argmap/version_index.h"

#include "argmap/graph.h"
#include "argmap/link.h"
#include "argmap/segmentation.h"
#include "argmap/structure.h"

namespace argmap {
namespace {

void index_units(const Structure& s, const std::vector<Unit>& units, VersionIndex& x) {
  x.section_units =
      Groups(s.sections.size(), units.size(), [&units](std::size_t u) { return units[u].section; });
  x.block_units =
      Groups(s.blocks.size(), units.size(), [&units](std::size_t u) { return units[u].block; });
}

// A section's heading unit: the first unit of its heading block.
void index_headings(const Structure& structure, VersionIndex& x) {
  x.heading.assign(structure.sections.size(), VersionIndex::kNone);
  for (std::size_t s = 0; s < structure.sections.size(); ++s) {
    const std::optional<std::size_t> block = structure.sections[s].heading;
    if (block && !x.block_units[*block].empty()) x.heading[s] = x.block_units[*block].front();
  }
}

void index_relations(std::size_t units, const std::vector<Relation>& rels, VersionIndex& x) {
  x.out = Groups(units, rels.size(), [&rels](std::size_t r) { return rels[r].from; });
  x.in = Groups(units, rels.size(), [&rels](std::size_t r) { return rels[r].to; });
}

}  // namespace

VersionIndex index_version(Lang lang, const Structure& structure, const std::vector<Unit>& units,
                           const std::vector<Relation>& relations, const std::vector<Link>* links) {
  VersionIndex x;
  index_units(structure, units, x);
  index_headings(structure, x);
  index_relations(units.size(), relations, x);
  x.link = links ? link_index(*links, lang, units.size(), VersionIndex::kNone)
                 : std::vector<std::size_t>(units.size(), VersionIndex::kNone);
  return x;
}

}  // namespace argmap
