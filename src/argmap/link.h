// Link: one bead of the alignment — the units of each version that render each other (1-1,
// 1-n, n-1, 1-0, 0-1) — and the index from a unit to the link holding it.
#pragma once

#include <cstddef>
#include <vector>

#include "argmap/language.h"

namespace argmap {

struct Link {
  std::vector<std::size_t> zh;  // unit indices, consecutive; empty: no counterpart
  std::vector<std::size_t> en;
  double score = 0;  // 0..1, how alike the two sides are
};

// Unit → index of the link holding it on `lang`'s side of `links`, for `units` units; a unit
// in no link maps to `none`. The one unit-to-link index (alignment, checks, review page).
std::vector<std::size_t> link_index(const std::vector<Link>& links, Lang lang, std::size_t units,
                                    std::size_t none = 0);

}  // namespace argmap
