#include "argmap/link.h"

namespace argmap {

std::vector<std::size_t> link_index(const std::vector<Link>& links, Lang lang, std::size_t units,
                                    std::size_t none) {
  std::vector<std::size_t> of(units, none);
  for (std::size_t l = 0; l < links.size(); ++l) {
    for (std::size_t u : side(links[l], lang)) of[u] = l;
  }
  return of;
}

}  // namespace argmap
