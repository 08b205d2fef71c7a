#include "argmap/bead_cost.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <vector>

#include "argmap/punctuation_odds.h"
#include "tests/testing.h"

namespace {

// Units of varied length whose Chinese words gloss some of the English stems nearby: beads
// with hits, misses, numbers and end marks of every kind, from a fixed pseudo-random stream.
argmap::AnchorSet varied_units(std::size_t n) {
  std::uint32_t state = 12345;
  auto next = [&state](std::uint32_t mod) {
    state = state * 1103515245u + 12345u;
    return (state >> 16) % mod;
  };
  argmap::AnchorSet set;
  for (std::size_t u = 0; u < n; ++u) {
    argmap::Anchors z, e;
    z.letters = 5 + next(30);
    e.letters = z.letters * 3 + next(20);
    for (std::uint32_t w = 0, words = 1 + next(8); w < words; ++w) {
      const int stem = static_cast<int>((u + next(3)) * 4 + next(4));
      z.places.push_back(
          {static_cast<std::uint32_t>(3 * w), 3, 0, static_cast<std::int32_t>(set.glosses.size())});
      set.glosses.push_back(next(5) == 0 ? std::vector<int>{} : std::vector<int>{stem});
    }
    for (std::uint32_t s = 0, stems = next(9); s < stems; ++s)
      e.stems.push_back(static_cast<int>(u * 4 + next(12)));
    std::sort(e.stems.begin(), e.stems.end());
    e.stems.erase(std::unique(e.stems.begin(), e.stems.end()), e.stems.end());
    if (next(6) == 0) z.numbers = e.numbers = {"3"};
    z.end = static_cast<argmap::EndClass>(next(7));
    e.end = static_cast<argmap::EndClass>(next(7));
    set.zh.push_back(z), set.en.push_back(e);
  }
  return set;
}

}  // namespace

TEST_CASE("bead cost: with a limit it is the same cost, or infinity only when above the limit",
          "[alignment][bead_search]") {
  const std::size_t n = 60;
  const argmap::AnchorSet set = varied_units(n);
  const argmap::AlignmentModel& m = argmap::testing::lexicons().zh.alignment;
  std::vector<std::size_t> zh, en;
  for (std::size_t u = 0; u < n; ++u) zh.push_back(u), en.push_back(u);
  std::vector<argmap::UnitPair> beads;
  for (std::size_t u = 0; u < n; ++u) beads.push_back({{u}, {u}});
  const argmap::PunctuationOdds odds = argmap::estimate_punctuation(set, beads, 1.0);
  argmap::BeadCoster coster(set, m, zh, en, true, std::log(3.0), &odds);
  std::size_t pruned = 0, compared = 0, wrong = 0;
  for (std::size_t i = 0; i + 4 <= n; ++i) {
    for (std::size_t r = i; r < i + 4; ++r) coster.prepare_row(r, 0, n);
    for (std::size_t j = 0; j + 4 <= n; ++j) {
      for (std::size_t nz = 1; nz <= 4; ++nz) {
        for (std::size_t ne = 1; ne <= 4; ++ne) {
          const double c = coster.cost(i, j, nz, ne, 1.0);
          for (const double delta : {-2.0, -0.5, -1e-3, 0.0, 1e-3, 0.5}) {
            const double limited = coster.cost(i, j, nz, ne, 1.0, c + delta);
            ++compared;
            pruned += std::isinf(limited) ? 1 : 0;
            // At or above the limit's reach the cost itself; below it, the cost or infinity.
            wrong += limited != c && (delta >= 0 || !std::isinf(limited)) ? 1 : 0;
          }
        }
      }
    }
  }
  CHECK(wrong == 0u);
  CHECK(compared > 10000u);
  CHECK(pruned > compared / 20);  // the bounds do stop work
}
