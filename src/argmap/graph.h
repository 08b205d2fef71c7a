// Graph: the claim/premise argument graph of one version — a role per unit and support/attack
// relations between units (ids, not pointers), each with its marker, rule id and confidence.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "argmap/features.h"
#include "argmap/lexicon.h"
#include "argmap/role_model.h"
#include "argmap/segmentation.h"
#include "argmap/structure.h"

namespace argmap {

enum class Role { kMajorClaim, kClaim, kPremise, kBackground };
enum class RelationType { kSupport, kAttack };

struct Relation {
  RelationType type = RelationType::kSupport;
  std::size_t from = 0;  // unit indices: `from` supports or attacks `to`
  std::size_t to = 0;
  std::string marker;     // the connective or cue that triggered it; empty when none
  std::string_view rule;  // rule id, e.g. contrast.rebuts_previous (static storage)
  double confidence = 0;
};

struct Graph {
  std::vector<Role> roles;                    // one per unit
  std::vector<std::string_view> role_rules;   // why each unit has its role: a rule id (static)
  std::vector<RoleScore> role_scores;         // the role model's features and scores, per unit
  std::vector<std::vector<Term>> role_terms;  // the features that decided a modelled role
  std::vector<Relation> relations;            // at most one per `from`, ordered by `from`
};

// Builds the graph; every unit but the major claim ends up connected, and there are no cycles.
// The rules read the relations; the role model chooses the thesis, and in an essay without
// headings it tells claims from premises, the rules' reading being one of its features.
Graph build_graph(const Structure& structure, const std::vector<Unit>& units,
                  const std::vector<Features>& features, const Lexicon& lexicon,
                  const RoleWeights& weights);

const char* role_name(Role role);
const char* relation_name(RelationType type);

}  // namespace argmap
