// The version index against the model it indexes, on the corpus essays: every section's
// units and heading, every block's units, every relation out and in, every unit's link.
#include "argmap/version_index.h"

#include <catch2/catch.hpp>

#include "argmap/export/export_testing.h"

using argmap::Lang;
using argmap::VersionAnalysis;
using argmap::VersionIndex;

namespace {

void check_units(const VersionAnalysis& v) {
  const VersionIndex& x = v.index;
  REQUIRE(x.section_units.size() == v.structure.sections.size());
  REQUIRE(x.block_units.size() == v.structure.blocks.size());
  std::size_t seen = 0;
  for (std::size_t s = 0; s < x.section_units.size(); ++s) {
    for (std::size_t u : x.section_units[s]) CHECK(v.units[u].section == s);
    seen += x.section_units[s].size();
  }
  CHECK(seen == v.units.size());
  for (std::size_t b = 0; b < x.block_units.size(); ++b)
    for (std::size_t u : x.block_units[b]) CHECK(v.units[u].block == b);
}

void check_relations(const VersionAnalysis& v) {
  const VersionIndex& x = v.index;
  std::size_t out = 0, in = 0;
  for (std::size_t u = 0; u < v.units.size(); ++u) {
    for (std::size_t r : x.out[u]) CHECK(v.graph.relations[r].from == u);
    for (std::size_t r : x.in[u]) CHECK(v.graph.relations[r].to == u);
    out += x.out[u].size(), in += x.in[u].size();
  }
  CHECK(out == v.graph.relations.size());
  CHECK(in == v.graph.relations.size());
}

}  // namespace

TEST_CASE("the index holds every unit, relation and link of each corpus essay", "[index]") {
  for (const auto& essay : argmap::testing::kEssays) {
    INFO(essay.files.front());
    const argmap::Analysis a = argmap::testing::checked(essay);
    REQUIRE(a.alignment);
    for (const VersionAnalysis& v : a.versions) {
      check_units(v);
      check_relations(v);
      REQUIRE(v.index.link.size() == v.units.size());
      for (std::size_t u = 0; u < v.units.size(); ++u) {
        const auto& side = argmap::side(a.alignment->links.at(v.index.link[u]), v.lang);
        CHECK(std::find(side.begin(), side.end(), u) != side.end());
      }
    }
  }
}

TEST_CASE("a section's heading is the first unit of its heading block", "[index]") {
  const auto v = argmap::testing::version_of(
      "为什么堆算力无法产生AGI\n\n一、算力不是智能\n\n算力很重要。\n\n二、数据的极限\n\n数据终将用"
      "完。\n",
      Lang::kZh);
  REQUIRE(v.index.heading.size() == 3);
  CHECK(v.units[*v.index.heading_of(1)].text == "一、算力不是智能");
  CHECK(v.units[*v.index.heading_of(2)].text == "二、数据的极限");
  CHECK_FALSE(v.index.heading_of(3));
  // Not aligned: no unit has a link.
  for (std::size_t l : v.index.link) CHECK(l == VersionIndex::kNone);
}
