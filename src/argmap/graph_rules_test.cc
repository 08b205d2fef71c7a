#include "argmap/graph_rules.h"

#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "tests/testing.h"

TEST_CASE("graph rules: each id is declared once, with a confidence above 0 and at most 1",
          "[graph]") {
  std::set<std::string> ids;
  for (const argmap::RelationRule& r : argmap::relation_rules()) {
    INFO(r.id);
    CHECK(ids.insert(r.id).second);
    CHECK(r.confidence > 0);
    CHECK(r.confidence <= 1);
  }
  CHECK(argmap::relation_rule(argmap::GraphRule::kRebutsPrevious).confidence == 0.75);
}

TEST_CASE("graph rules: every relation of the seed carries a declared rule and its confidence",
          "[graph]") {
  auto a = argmap::testing::analyse_texts(
      {argmap::testing::read_file(argmap::testing::corpus("scaling-compute-agi.zh-en.txt"))});
  REQUIRE(a.ok());
  std::size_t relations = 0;
  for (const auto& v : a.value().versions) {
    for (const argmap::Relation& r : v.graph.relations) {
      INFO(r.rule);
      bool declared = false;
      for (const argmap::RelationRule& rule : argmap::relation_rules())
        declared = declared || (r.rule == rule.id && r.confidence == rule.confidence);
      CHECK(declared);
      ++relations;
    }
  }
  CHECK(relations > 100);
}
