// The style notes (question, emphasis): a question rendered as a statement and emphasis in one
// version only are noted once per direction; the same in both versions is not.
#include <catch2/catch.hpp>

#include "tests/review_testing.h"

using namespace argmap::testing;  // NOLINT: test helpers

TEST_CASE("question: a question rendered as a statement is a note", "[review][style]") {
  CHECK_FALSE(has(noted("我们真的需要更多车道吗？", "Do we really need more lanes?"), "question"));
  const auto found = findings_of(
      review_lines("我们真的需要更多车道吗？\n", "We really need more lanes.\n"), "question");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == argmap::Severity::kInfo);
  CHECK(found[0].message == "a question in Chinese only (1 unit)");
}

TEST_CASE("emphasis: bold in one version only is a note naming its units", "[review][style]") {
  const std::string zh = "# 车道\n\n城市**必须**修建车道。\n\n骑车的人越来越多。\n";
  CHECK(findings_of(
            review_documents(zh, "# Lanes\n\nCities **must** build lanes.\n\nMore people ride.\n"),
            "emphasis")
            .empty());
  const auto found = findings_of(
      review_documents(zh, "# Lanes\n\nCities must build lanes.\n\nMore people ride.\n"),
      "emphasis");
  REQUIRE(found.size() == 1);
  CHECK(found[0].zh == std::vector<std::size_t>{1});
  CHECK(found[0].en == std::vector<std::size_t>{1});
  CHECK(found[0].message == "bold or italic emphasis in Chinese only (1 unit)");
}
