// JSON export: the argmap JSON contract (format version 1, schemas/argmap.schema.json) for an
// Analysis. Keys keep the contract's order, so the same input gives byte-identical output.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "argmap/analysis.h"

namespace argmap {

nlohmann::ordered_json to_json(const Analysis& analysis);
// to_json dumped with two-space indentation and a final newline.
std::string write_json(const Analysis& analysis);

std::string unit_id(Lang lang, std::size_t index);              // "zh:u1" for units[0]
std::string section_id(const Structure& s, std::size_t index);  // the preamble is s0

}  // namespace argmap
