// Han tables: the single-character images of ICU's Traditional-Simplified and
// Simplified-Traditional transforms, sorted by code point, and the script class of the Basic
// Multilingual Plane, generated at build time from ICU.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>

namespace argmap {

struct HanPair {
  char32_t from, to;
};

std::span<const HanPair> to_simplified_table();   // Traditional → Simplified
std::span<const HanPair> to_traditional_table();  // Simplified → Traditional

// ICU's script of c, a code point of the Basic Multilingual Plane (below 0x10000), as text.h's
// Script numbers it: 0 other, 1 Han, 2 Latin.
std::uint8_t plane_script_class(char32_t c);

// c's image in a table, or c itself.
inline char32_t han_image(std::span<const HanPair> table, char32_t c) {
  const auto it = std::lower_bound(table.begin(), table.end(), c,
                                   [](const HanPair& p, char32_t x) { return p.from < x; });
  return it != table.end() && it->from == c ? it->to : c;
}

}  // namespace argmap
