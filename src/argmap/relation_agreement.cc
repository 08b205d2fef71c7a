// Relation agreement: where aligned units of the two versions carry markers of the same kind
// (但 / but), the translation's relation takes the counterpart of the original's target.
#include "argmap/relation_agreement.h"

#include <algorithm>
#include <string>

namespace argmap {
namespace {

// How far a new target's chain of relations is followed to rule out a cycle; a longer chain
// keeps the relation as it was (graphs of essays chain a few units, not dozens).
constexpr std::size_t kCycleSearch = 64;

std::vector<std::vector<std::size_t>> relations_from(const std::vector<Relation>& relations,
                                                     std::size_t units) {
  std::vector<std::vector<std::size_t>> out(units);
  for (std::size_t r = 0; r < relations.size(); ++r) {
    if (relations[r].from < units) out[relations[r].from].push_back(r);
  }
  return out;
}

// Whether `to` reaches `from` along the relations within kCycleSearch units.
bool reaches(const std::vector<Relation>& relations,
             const std::vector<std::vector<std::size_t>>& out, std::size_t to, std::size_t from) {
  std::vector<std::size_t> queue{to};
  for (std::size_t i = 0; i < queue.size() && queue.size() <= kCycleSearch; ++i) {
    if (queue[i] == from) return true;
    for (std::size_t r : out[queue[i]]) queue.push_back(relations[r].to);
  }
  return queue.size() > kCycleSearch;  // too long to tell: treat as a cycle
}

bool thesis(const VersionAnalysis& v, std::size_t u) {
  return v.graph.roles[u] == Role::kMajorClaim;
}

struct Sides {
  const VersionAnalysis& original;
  const VersionAnalysis& translation;
  const std::vector<Link>& links;
  std::vector<std::size_t> original_link, translation_link;
  std::vector<std::vector<std::size_t>> original_out;
};

// The unit of the translation the original's matching relation aims at, or none.
std::optional<std::size_t> agreed_target(const Sides& s, const Relation& rel) {
  const Senses senses = s.translation.features[rel.from].senses_of(rel.marker);
  const Link& from = s.links[s.translation_link[rel.from]];
  for (std::size_t u : side(from, s.original.lang)) {
    for (std::size_t r : s.original_out[u]) {
      const Relation& o = s.original.graph.relations[r];
      if (o.type != rel.type || o.marker.empty() ||
          !shares_sense(senses, s.original.features[o.from].senses_of(o.marker)))
        continue;
      const std::vector<std::size_t>& to = side(s.links[s.original_link[o.to]], s.translation.lang);
      if (to.empty() || (thesis(s.original, o.to) && thesis(s.translation, rel.to)))
        return std::nullopt;  // each aims at its own thesis: the role check compares those
      if (std::find(to.begin(), to.end(), rel.to) != to.end()) return rel.to;
      return to.front();
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<Relation> agreed_relations(const VersionAnalysis& original,
                                       const VersionAnalysis& translation,
                                       const std::vector<Link>& links) {
  const Sides s{original,
                translation,
                links,
                link_index(links, original.lang, original.units.size(), links.size()),
                link_index(links, translation.lang, translation.units.size(), links.size()),
                relations_from(original.graph.relations, original.units.size())};
  std::vector<Relation> relations = translation.graph.relations;
  const auto out = relations_from(relations, translation.units.size());
  for (Relation& rel : relations) {
    if (rel.marker.empty() || s.translation_link[rel.from] == links.size()) continue;
    const std::optional<std::size_t> to = agreed_target(s, rel);
    if (!to || *to == rel.to || *to == rel.from || reaches(relations, out, *to, rel.from)) continue;
    rel.to = *to;
  }
  return relations;
}

}  // namespace argmap
