// Relation agreement: where aligned units of the two versions carry markers of the same kind
// (但 / but), the translation's relation takes the counterpart of the original's target.
#pragma once

#include <vector>

#include "argmap/alignment.h"
#include "argmap/graph.h"
#include "argmap/version_analysis.h"

namespace argmap {

// The translation's relations with each relation whose marker answers a relation of the original
// (the same type, a shared sense, from an aligned unit) aimed at the counterpart of that
// relation's target. A target with no counterpart, or one that would close a cycle, is kept, and
// so is a relation to the translation's thesis that answers one to the original's.
// Only the relations change, so only they are copied.
std::vector<Relation> agreed_relations(const VersionAnalysis& original,
                                       const VersionAnalysis& translation,
                                       const std::vector<Link>& links);

}  // namespace argmap
