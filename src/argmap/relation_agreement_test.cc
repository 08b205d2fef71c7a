#include "argmap/relation_agreement.h"

#include <catch2/catch.hpp>

#include "tests/review_testing.h"

using argmap::Lang;

namespace {

argmap::Analysis aligned(const std::string& zh, const std::string& en, Lang source) {
  std::vector<argmap::Input> inputs{*argmap::make_input("zh.txt", zh),
                                    *argmap::make_input("en.txt", en)};
  argmap::AnalyseOptions o;
  o.align = true;
  o.source = source;
  o.split.units = argmap::UnitMode::kLines;
  o.resources.dictionary = &argmap::testing::test_dictionary();
  auto a = argmap::analyse(std::move(inputs), o, argmap::testing::lexicons());
  REQUIRE(a.ok());
  return std::move(a.value());
}

// The target of the relation out of unit `from`.
std::size_t target_of(const argmap::VersionAnalysis& v, std::size_t from) {
  for (const argmap::Relation& r : v.graph.relations) {
    if (r.from == from) return r.to;
  }
  FAIL("unit " << from << " has no relation");
  throw;
}

// The English adds a sentence before its "but"; read alone, "but" answers that sentence.
const std::string kZh =
    "城市应该限制私家车。\n汽车造成严重污染。\n有人说汽车带来自由。\n但是这种自由代价太高。\n";
const std::string kEn =
    "Cities should limit private cars.\nCars cause serious pollution.\nSome say that cars bring "
    "freedom.\nMany people love driving at night.\nBut this freedom costs too much.\n";

}  // namespace

TEST_CASE("relation agreement: a but answering 但 takes the counterpart of 但's target",
          "[alignment][relations]") {
  const argmap::Analysis alone = aligned(kZh, kEn, Lang::kEn);  // English original: unchanged
  CHECK(target_of(*alone.find(Lang::kEn), 4) == 3);
  const argmap::Analysis a = aligned(kZh, kEn, Lang::kZh);
  CHECK(target_of(*a.find(Lang::kZh), 3) == 2);
  CHECK(target_of(*a.find(Lang::kEn), 4) == 2);  // "Some say …", the counterpart of 有人说…
  // The relation links are mapped again: the two attacks are now the same relation.
  const argmap::Graph& en = a.find(Lang::kEn)->graph;
  bool same = false;
  for (const argmap::RelationLink& r : a.alignment->relations) {
    same |= r.lang == Lang::kEn && en.relations[r.relation].from == 4 &&
            r.match == argmap::RelationMatch::kSame;
  }
  CHECK(same);
}

TEST_CASE("relation agreement: a translation's own thesis and a marker with no match are kept",
          "[alignment][relations]") {
  // The English "but" has no Chinese marker to answer (the Chinese says 而且, "and"): kept.
  const argmap::Analysis a = aligned(
      "城市应该限制私家车。\n汽车造成严重污染。\n有人说汽车带来自由。\n而且夜里开车的人很多。\n"
      "这种自由代价太高。\n",
      kEn, Lang::kZh);
  CHECK(target_of(*a.find(Lang::kEn), 4) == 3);
}
