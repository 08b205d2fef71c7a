// AIF export: both versions as one Argument Interchange Format JSON document as AIFdb and OVA
// read it — I/L/YA/RA/CA nodes, edges and locutions; the alignment as MA "Default Rephrase" nodes.
//
// Node ids are decimal strings numbered in a fixed order: per version (Chinese first) its
// I-nodes (one per unit), L-nodes and YA-nodes (one each per unit), then one RA or CA node per
// relation; then one MA node per alignment link that has units on both sides, with an edge from
// each Chinese I-node of the link to the MA node and from the MA node to each English I-node.
// Edge ids are decimal strings in the order written. The extra top-level key "argmap" maps every
// I, RA, CA and MA node id to the argmap id it stands for ("zh:u12", "en:r3", "link:5").
// Participants: the essay's author speaks the Chinese locutions, its translator the English.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "argmap/analysis.h"

namespace argmap {

nlohmann::ordered_json to_aif(const Analysis& analysis);
// to_aif dumped with two-space indentation and a final newline.
std::string write_aif(const Analysis& analysis);

}  // namespace argmap
