// Han tables: the single-character images of ICU's Traditional-Simplified and
// Simplified-Traditional transforms, sorted by code point, generated at build time from ICU.
#pragma once

#include <algorithm>
#include <span>

namespace argmap {

struct HanPair {
  char32_t from, to;
};

std::span<const HanPair> to_simplified_table();   // Traditional → Simplified
std::span<const HanPair> to_traditional_table();  // Simplified → Traditional

// c's image in a table, or c itself.
inline char32_t han_image(std::span<const HanPair> table, char32_t c) {
  const auto it = std::lower_bound(table.begin(), table.end(), c,
                                   [](const HanPair& p, char32_t x) { return p.from < x; });
  return it != table.end() && it->from == c ? it->to : c;
}

}  // namespace argmap
