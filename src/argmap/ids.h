// Ids: the analysis model's names for its parts, the same in every output and finding —
// units zh:u12, sections zh:s3 (the preamble s0), lists zh:l2, relations zh:r4, links link:5.
#pragma once

#include <cstddef>
#include <string>

#include "argmap/language.h"
#include "argmap/structure.h"

namespace argmap {

std::string unit_id(Lang lang, std::size_t index);              // "zh:u1" for units[0]
std::string section_id(const Structure& s, std::size_t index);  // the preamble is s0
std::string list_id(Lang lang, std::size_t index);              // "zh:l1" for lists[0]
std::string relation_id(Lang lang, std::size_t index);          // "zh:r1" for relations[0]
std::string link_id(std::size_t index);                         // "link:1" for links[0]

}  // namespace argmap
