// The terminology rules: a glossary term not rendered as the glossary says, or rendered several
// ways, and a key term of the headings rendered otherwise in one unit are found; a consistent
// rendering is not.
#include <catch2/catch.hpp>

#include "argmap/glossary.h"
#include "tests/review_testing.h"

using namespace argmap::testing;  // NOLINT: test helpers
using Catch::Matchers::Contains;

namespace {

argmap::Glossary glossary() {
  auto g = argmap::parse_glossary("车道\tbike lane|cycle lane\n", "terms.tsv");
  REQUIRE(g.ok());
  return *g;
}

const std::string kZh = "# 城市\n\n城市应该修建车道。\n\n车道让骑车更安全。\n";

std::vector<argmap::Finding> terminology(const std::string& en) {
  const argmap::Glossary g = glossary();
  return findings_of(review_documents(kZh, en, &g), "terminology");
}

}  // namespace

TEST_CASE("terminology: a glossary term rendered as the glossary says gives no finding",
          "[review][terminology]") {
  CHECK(terminology("# Cities\n\nCities should build bike lanes.\n\nBike lanes make riding "
                    "safer.\n")
            .empty());
}

TEST_CASE("terminology: a glossary term rendered otherwise is a warning on its pair",
          "[review][terminology]") {
  const auto found =
      terminology("# Cities\n\nCities should build bike lanes.\n\nRoads make riding safer.\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == argmap::Severity::kWarning);
  CHECK(found[0].zh == std::vector<std::size_t>{2});
  CHECK_THAT(found[0].message, Contains("glossary term 车道 is not rendered as"));
}

TEST_CASE("terminology: a glossary term rendered two ways is one finding naming both",
          "[review][terminology]") {
  const auto found = terminology(
      "# Cities\n\nCities should build bike lanes.\n\nCycle lanes make riding safer.\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message ==
        "glossary term 车道 is translated several ways: “bike lane” (1) “cycle lane” (1)");
  CHECK(found[0].zh == std::vector<std::size_t>{1, 2});
}

TEST_CASE("term-consistency: a key term of the title rendered otherwise in one unit",
          "[review][terminology]") {
  const std::string zh =
      "# 城市车道\n\n城市应该修建车道。\n\n车道让骑车更安全。\n\n新车道已经开放。\n\n"
      "车道的成本很低。\n\n天气很好。\n\n人们很高兴。\n";
  const auto consistency = [&zh](const std::string& fourth) {
    return findings_of(
        review_documents(zh,
                         "# City Lanes\n\nCities should build lanes.\n\nLanes make riding "
                         "safer.\n\nThe new lanes have opened.\n\n" +
                             fourth + "\n\nThe weather is fine.\n\nPeople are happy.\n"),
        "term-consistency");
  };
  CHECK(consistency("The cost of lanes is low.").empty());
  const auto found = consistency("The cost of paths is low.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == argmap::Severity::kInfo);
  CHECK(found[0].zh == std::vector<std::size_t>{4});
  CHECK_THAT(found[0].message, Contains("车道 is usually rendered “lane"));
}
