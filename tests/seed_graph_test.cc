// The seed essay's argument graphs in both languages, as a reader of the essay would draw them.
#include <catch2/catch.hpp>

#include "argmap/text.h"
#include "tests/testing.h"

using argmap::Lang;
using argmap::RelationType;
using argmap::Role;

namespace {

const argmap::Analysis& seed() {
  static const argmap::Analysis a = [] {
    auto r = argmap::testing::analyse_texts(
        {argmap::testing::read_file(argmap::testing::corpus("scaling-compute-agi.zh-en.txt"))});
    REQUIRE(r.ok());
    return std::move(r.value());
  }();
  return a;
}

std::size_t find_unit(const argmap::VersionAnalysis& v, const std::string& start) {
  for (std::size_t u = 0; u < v.units.size(); ++u) {
    if (v.units[u].text.rfind(start, 0) == 0) return u;
  }
  FAIL("no unit starts with " << start);
  return 0;
}

const argmap::Relation* out_of(const argmap::VersionAnalysis& v, std::size_t from) {
  for (const argmap::Relation& r : v.graph.relations) {
    if (r.from == from) return &r;
  }
  return nullptr;
}

// The relation out of the unit starting with `from`: its type and the start of its target.
void check_edge(Lang lang, const std::string& from, RelationType type, const std::string& to) {
  const argmap::VersionAnalysis& v = *seed().find(lang);
  const argmap::Relation* r = out_of(v, find_unit(v, from));
  INFO(from);
  REQUIRE(r != nullptr);
  CHECK(r->type == type);
  CHECK(r->to == find_unit(v, to));
}

}  // namespace

TEST_CASE("seed graph: the title is the major claim in both languages", "[seed][graph]") {
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    const auto& v = *seed().find(lang);
    CHECK(v.graph.roles[0] == Role::kMajorClaim);
    CHECK(v.graph.role_rules[0] == "title.major_claim");
  }
}

TEST_CASE("seed graph: the five numbered headings are claims supporting the thesis",
          "[seed][graph]") {
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    const auto& v = *seed().find(lang);
    for (std::size_t s = 1; s <= 5; ++s) {
      std::size_t heading = 0;
      for (std::size_t u = 0; u < v.units.size(); ++u) {
        if (v.units[u].section == s && v.units[u].kind == argmap::UnitKind::kHeading) heading = u;
      }
      INFO(v.units[heading].text);
      CHECK(v.graph.roles[heading] == Role::kClaim);
      REQUIRE(out_of(v, heading) != nullptr);
      CHECK(out_of(v, heading)->to == 0);
    }
  }
}

TEST_CASE("seed graph: the three contrastive turns attack what they turn against",
          "[seed][graph]") {
  check_edge(Lang::kZh, "但一个关键问题始终被回避", RelationType::kAttack, "系统变得更快");
  check_edge(Lang::kEn, "Yet one critical question", RelationType::kAttack,
             "Systems become faster");
  check_edge(Lang::kZh, "但问题在于", RelationType::kAttack, "当前路径的一个隐含假设是");
  check_edge(Lang::kEn, "However:", RelationType::kAttack, "The prevailing assumption is that");
  check_edge(Lang::kZh, "但这些能力依旧属于", RelationType::kAttack, "许多系统已经能够");
  check_edge(Lang::kEn, "Yet these remain surface phenomena", RelationType::kAttack,
             "Many systems can now");
  // The views they answer argue against the section's position.
  check_edge(Lang::kZh, "当前路径的一个隐含假设是", RelationType::kAttack, "三、");
  check_edge(Lang::kEn, "The prevailing assumption", RelationType::kAttack, "III.");
  check_edge(Lang::kZh, "许多系统已经能够", RelationType::kAttack, "四、");
  check_edge(Lang::kEn, "Many systems can now", RelationType::kAttack, "IV.");
}

TEST_CASE("seed graph: each list item supports its lead-in", "[seed][graph]") {
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    const auto& v = *seed().find(lang);
    for (std::size_t u = 0; u < v.units.size(); ++u) {
      if (v.units[u].kind != argmap::UnitKind::kListItem) continue;
      const argmap::Relation* r = out_of(v, u);
      INFO(v.units[u].text);
      REQUIRE(r != nullptr);
      CHECK(r->type == RelationType::kSupport);
      CHECK(r->rule == "list.item_supports_lead");
      const std::string_view lead = argmap::trim(v.units[r->to].text);
      CHECK((lead.ends_with("：") || lead.ends_with(":")));
    }
  }
}

TEST_CASE("seed graph: both versions have the same shape", "[seed][graph]") {
  // Per section: its claim, its attacks (by rule) and its major claims agree across languages.
  auto shape = [](Lang lang) {
    const auto& v = *seed().find(lang);
    std::vector<std::string> out;
    for (const argmap::Relation& r : v.graph.relations) {
      if (r.type == RelationType::kAttack || r.rule == "section.claim_supports_thesis") {
        out.push_back(std::to_string(v.units[r.from].section) + " " + std::string(r.rule));
      }
    }
    for (std::size_t u = 0; u < v.units.size(); ++u) {
      if (v.graph.roles[u] == Role::kMajorClaim)
        out.push_back(std::to_string(v.units[u].section) + " major");
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  CHECK(shape(Lang::kZh) == shape(Lang::kEn));
  // 5 section claims, 2 major claims, 6 attacks: 4 turns and 2 conceded views. 无论模型规模多大 /
  // No matter how large a model becomes is a concessive condition, not a conceded point.
  CHECK(shape(Lang::kZh).size() == 13);
}
