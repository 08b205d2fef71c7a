#include "argmap/version_index.h"

#include "argmap/alignment.h"
#include "argmap/version_analysis.h"

namespace argmap {
namespace {

void index_units(const VersionAnalysis& v, VersionIndex& x) {
  x.section_units.assign(v.structure.sections.size(), {});
  x.block_units.assign(v.structure.blocks.size(), {});
  for (std::size_t u = 0; u < v.units.size(); ++u) {
    x.section_units[v.units[u].section].push_back(u);
    x.block_units[v.units[u].block].push_back(u);
  }
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
  x.out.assign(v.units.size(), {});
  x.in.assign(v.units.size(), {});
  for (std::size_t r = 0; r < v.graph.relations.size(); ++r) {
    x.out[v.graph.relations[r].from].push_back(r);
    x.in[v.graph.relations[r].to].push_back(r);
  }
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
