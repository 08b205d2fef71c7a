#include "argmap/check.h"

#include <catch2/catch.hpp>

#include "argmap/export/export_testing.h"

TEST_CASE("check: the rules run on two threads report exactly what they report on one", "[check]") {
  // The key terms are worked out beside the other rules; term-consistency, which reads them,
  // fires on several corpus essays.
  std::size_t term_findings = 0;
  for (const argmap::testing::Essay& essay : argmap::testing::kEssays) {
    INFO(essay.gold);
    const argmap::Analysis one = argmap::testing::checked(essay, 1);
    const argmap::Analysis two = argmap::testing::checked(essay, 2);
    REQUIRE(one.findings.size() == two.findings.size());
    for (std::size_t k = 0; k < one.findings.size(); ++k) {
      const argmap::Finding &a = one.findings[k], &b = two.findings[k];
      CHECK(a.code == b.code);
      CHECK(a.message == b.message);
      CHECK(a.zh == b.zh);
      CHECK(a.en == b.en);
      CHECK(a.confidence == b.confidence);
      term_findings += a.code == "term-consistency" ? 1 : 0;
    }
  }
  CHECK(term_findings >= 3u);
}
