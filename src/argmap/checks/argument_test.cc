// The argument rules (relation, connective, role) on sentence pairs, one a line: an attack
// rendered as a support, a connective of another sense and a claim rendered as a premise are
// found; the same turn in other words is not.
#include <catch2/catch.hpp>

#include "tests/review_testing.h"

using namespace argmap::testing;  // NOLINT: test helpers

TEST_CASE("relation: a turn of contrast rendered as an addition is an attack lost",
          "[review][argument]") {
  const std::string zh = "这条路径确实有效。\n但一个关键问题始终被回避。\n";
  const auto lost = findings_of(review_lines(zh,
                                             "This approach works.\nAnd one key question "
                                             "is always avoided.\n"),
                                "relation");
  REQUIRE(lost.size() == 1);
  CHECK(lost[0].case_name == "kind-changed");
  CHECK(lost[0].zh == std::vector<std::size_t>{1, 0});
  CHECK(lost[0].message ==
        "the Chinese attack zh:u2 → zh:u1 (但) is turned into addition in the English");
  CHECK(findings_of(review_lines(zh,
                                 "This approach works.\nBut one key question is always "
                                 "avoided.\n"),
                    "relation")
            .empty());
}

TEST_CASE("connective: one that may only go on (So, 当然) is not compared",
          "[review][connective]") {
  CHECK_FALSE(
      has(flagged("当然，我们没有真的把孩子们带过去。", "So of course we didn't take the kids."),
          "connective"));
  CHECK(has(flagged("因此，我们没有把孩子们带过去。", "However, we didn't take the kids."),
            "connective"));
}

TEST_CASE("connective: the message names both connectives and their senses",
          "[review][connective]") {
  const auto a =
      review_lines("因此，我们没有把孩子们带过去。\n", "However, we didn't take the kids.\n");
  const auto changed = findings_of(a, "connective");
  REQUIRE(changed.size() == 1);
  CHECK(changed[0].message == "connective sense changed: 因此 (result) became however (contrast)");
  CHECK(findings_of(
            review_lines("但是，我们没有把孩子们带过去。\n", "However, we didn't take the kids.\n"),
            "connective")
            .empty());
}

TEST_CASE("role: a thesis that moves to another pair is one finding naming both pairs",
          "[review][role]") {
  // The English states line 3 as its thesis and hedges line 1, the Chinese's thesis.
  const argmap::Analysis a = review_lines(
      "城市应该限制私家车。\n因为汽车造成污染。\n有人说汽车带来自由。\n但是公共交通更加公平。\n",
      "Cities might limit private cars.\nBecause cars cause pollution.\nIn short, I firmly "
      "believe that cars must bring freedom.\nBut public transport is fairer.\n");
  std::vector<const argmap::Finding*> roles;
  for (const argmap::Finding& f : a.findings) {
    if (f.code == "role" && f.severity != argmap::Severity::kInfo) roles.push_back(&f);
  }
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->case_name == "thesis-moved");
  CHECK(roles[0]->zh == std::vector<std::size_t>{0, 2});
  CHECK(roles[0]->en == std::vector<std::size_t>{0, 2});
}
