// The major-claim rule on two titled documents: titles stating different theses (a Latin token
// dropped, a negation added) are found; a faithful title is not.
#include <catch2/catch.hpp>

#include "tests/review_testing.h"

using namespace argmap::testing;  // NOLINT: test helpers
using Catch::Matchers::Contains;

namespace {

std::vector<argmap::Finding> theses(const std::string& zh_title, const std::string& en_title) {
  return findings_of(
      review_documents("# " + zh_title + "\n\n城市里骑车的人越来越多。\n\n因此城市需要更多车道。\n",
                       "# " + en_title +
                           "\n\nMore and more people ride bicycles in cities.\n\nCities "
                           "therefore need more lanes.\n"),
      "major-claim");
}

}  // namespace

TEST_CASE("major-claim: a faithful title states the same thesis", "[review][major_claim]") {
  CHECK(theses("城市应该修建自行车道", "Cities Should Build Bicycle Lanes").empty());
}

TEST_CASE("major-claim: a title negated on one side only states another thesis",
          "[review][major_claim]") {
  const auto found = theses("城市应该修建自行车道", "Cities Should Not Build Bicycle Lanes");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == argmap::Severity::kWarning);
  CHECK(found[0].zh == std::vector<std::size_t>{0});
  CHECK(found[0].en == std::vector<std::size_t>{0});
  CHECK_THAT(found[0].message, Contains("only the English title is negated (should not)"));
}

TEST_CASE("major-claim: a Latin token of the Chinese title missing from the English",
          "[review][major_claim]") {
  const auto found = theses("AI 城市应该修建自行车道", "Cities Should Build Bicycle Lanes");
  REQUIRE(found.size() == 1);
  CHECK_THAT(found[0].message, Contains("“AI” is not in the English title"));
  CHECK(theses("AI 城市应该修建自行车道", "AI Cities Should Build Bicycle Lanes").empty());
}
