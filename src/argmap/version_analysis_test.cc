// The version model's lookups: a section's heading unit and the title, on real essays.
#include "argmap/version_analysis.h"

#include <catch2/catch.hpp>

#include "tests/testing.h"

using argmap::Lang;
using argmap::testing::version_of;

TEST_CASE("heading_unit finds each section's heading and the title for the preamble", "[version]") {
  const auto v = version_of(
      "为什么堆算力无法产生AGI\n\n一、算力不是智能\n\n算力很重要。但它不是智能。\n\n"
      "二、数据的极限\n\n数据终将用完。\n",
      Lang::kZh);
  REQUIRE(v.structure.sections.size() == 3);
  const auto title = heading_unit(v, 0), first = heading_unit(v, 1), second = heading_unit(v, 2);
  REQUIRE(title);
  REQUIRE(first);
  REQUIRE(second);
  CHECK(v.units[*title].text == "为什么堆算力无法产生AGI");
  CHECK(v.units[*first].text == "一、算力不是智能");
  CHECK(v.units[*second].text == "二、数据的极限");
  CHECK(title_text(v) == "为什么堆算力无法产生AGI");
}

TEST_CASE("a version without a title has no title text and an untitled preamble", "[version]") {
  const auto v = version_of("Compute matters. But it is not intelligence.\n", Lang::kEn);
  CHECK(title_text(v).empty());
  REQUIRE(v.structure.sections.size() == 1);
  CHECK_FALSE(heading_unit(v, 0));
}
