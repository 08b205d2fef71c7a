// The structure rules (sections, enumeration) on two documents: a section missing or skipped
// and a list of another length or rendered as prose are found; the same outline is not.
#include <catch2/catch.hpp>

#include "tests/review_testing.h"

using namespace argmap::testing;  // NOLINT: test helpers
using Catch::Matchers::Contains;

namespace {

const std::string kZh =
    "# 城市与自行车\n\n## 一、成本\n\n修建车道的成本很低。\n\n## 二、安全\n\n"
    "车道让骑车的人更安全。\n\n## 三、健康\n\n骑车让人更健康。\n";
const std::string kEn =
    "# Cities and Bicycles\n\n## I. Cost\n\nBuilding lanes costs little.\n\n## II. Safety\n\n"
    "Lanes make riders safer.\n\n## III. Health\n\nRiding makes people healthier.\n";

}  // namespace

TEST_CASE("structure: the same outline in both versions gives no finding", "[review][structure]") {
  const argmap::Analysis a = review_documents(kZh, kEn);
  CHECK(findings_of(a, "structure").empty());
  CHECK(findings_of(a, "enumeration").empty());
}

TEST_CASE("structure: a section the English drops is missing, and its numbers skip",
          "[review][structure]") {
  const std::string dropped =
      "# Cities and Bicycles\n\n## I. Cost\n\nBuilding lanes costs little.\n\n## III. Health\n\n"
      "Riding makes people healthier.\n";
  const auto found = findings_of(review_documents(kZh, dropped), "structure");
  REQUIRE(found.size() == 2);
  CHECK(found[0].severity == argmap::Severity::kError);
  CHECK_THAT(found[0].message, Contains("is missing from the English version"));
  CHECK(found[0].en.empty());
  CHECK(found[1].message == "section numbers skip: no section 2 before section 3");
  CHECK(found[1].zh.empty());
}

TEST_CASE("enumeration: a list of three items rendered with two, or as running text",
          "[review][structure]") {
  const std::string zh = "# 车道\n\n车道有三个好处：\n\n- 更安全\n- 更便宜\n- 更健康\n";
  const std::string en3 =
      "# Lanes\n\nLanes have three benefits:\n\n- Safer\n- Cheaper\n- Healthier\n";
  CHECK(findings_of(review_documents(zh, en3), "enumeration").empty());
  const std::string en2 =
      "# Lanes\n\nLanes have three benefits:\n\n- Safer and cheaper\n- Healthier\n";
  const auto shorter = findings_of(review_documents(zh, en2), "enumeration");
  REQUIRE(shorter.size() == 1);
  CHECK(shorter[0].severity == argmap::Severity::kWarning);
  CHECK(shorter[0].message == "the list has 3 items in Chinese and 2 in English");
  const std::string prose =
      "# Lanes\n\nLanes have three benefits: they are safer, cheaper and healthier.\n";
  const auto run_on = findings_of(review_documents(zh, prose), "enumeration");
  REQUIRE(run_on.size() == 1);
  CHECK(run_on[0].severity == argmap::Severity::kInfo);
  CHECK(run_on[0].message == "a 3-item list in Chinese is rendered as running text in English");
}
