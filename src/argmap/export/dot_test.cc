// DOT export: label wrapping and quoting, and the seed essay's graph — every unit a node,
// every relation and alignment link an edge of the documented style, byte-identical reruns.
#include "argmap/export/dot.h"

#include <catch2/catch.hpp>

#include "argmap/export/export_testing.h"
#include "argmap/ids.h"
#include "argmap/text.h"
#include "tests/testing.h"

using argmap::Lang;
using namespace argmap::testing;  // NOLINT: test helpers

namespace {

std::size_t columns(const std::string& line) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < line.size();)
    width += argmap::is_cjk_char(argmap::decode_utf8(line, i)) ? 2 : 1;
  return width;
}

}  // namespace

TEST_CASE("dot: English wraps between words, never inside one", "[dot]") {
  const auto lines = argmap::wrap_text("Scaling compute will inevitably hit a wall soon", 16);
  CHECK(lines == std::vector<std::string>{"Scaling compute", "will inevitably", "hit a wall soon"});
  CHECK(argmap::wrap_text("incomprehensibilities", 8) ==
        std::vector<std::string>{"incomprehensibilities"});
}

TEST_CASE("dot: Chinese wraps between characters; closing punctuation stays on its line", "[dot]") {
  const auto lines =
      argmap::wrap_text("在过去十年里，人工智能的发展几乎完全依赖于同一条路径：", 12);
  REQUIRE(lines.size() > 2);
  for (const std::string& line : lines) {
    CHECK(columns(line) <= 14);  // 6 Han characters, plus at most one glued punctuation mark
    CHECK(line.rfind("，", 0) != 0);
    CHECK(line.rfind("：", 0) != 0);
  }
  CHECK(lines[0] == "在过去十年里，");
  std::string joined;
  for (const std::string& line : lines) joined += line;
  CHECK(joined == "在过去十年里，人工智能的发展几乎完全依赖于同一条路径：");
}

TEST_CASE("dot: brackets follow the line-breaking classes, 〔〕 and ［］ as well as （）",
          "[dot]") {
  // Six columns a line: the closing bracket would start the second line, the opening one
  // end the first.
  for (const char* text : {"甲乙丙〕丁", "甲乙丙］丁", "甲乙丙）丁", "甲乙〔丙丁", "甲乙［丙丁",
                           "甲乙（丙丁", "abc def] g", "abc [def g"}) {
    const auto lines = argmap::wrap_text(text, 6);
    REQUIRE(lines.size() > 1);
    for (const std::string& line : lines) {
      for (const char* closing : {"〕", "］", "）", "]"}) CHECK_FALSE(line.starts_with(closing));
      for (const char* opening : {"〔", "［", "（", "["}) CHECK_FALSE(line.ends_with(opening));
    }
  }
}

TEST_CASE("dot: mixed text keeps Latin words whole inside Chinese", "[dot]") {
  const auto lines = argmap::wrap_text("堆算力无法产生 AGI 与 superintelligence", 10);
  for (const std::string& line : lines) CHECK(line.find("superintell") == line.rfind("super"));
  CHECK(std::find(lines.begin(), lines.end(), "superintelligence") != lines.end());
}

TEST_CASE("dot: quotes and backslashes are escaped, line breaks become \\n", "[dot]") {
  CHECK(argmap::dot_quote(R"(say "no" \ now)") == R"(say \"no\" \\ now)");
  CHECK(argmap::dot_quote("a\nb") == "a\\nb");
}

TEST_CASE("dot: the seed is one digraph with every unit, relation and alignment link",
          "[dot][seed]") {
  const argmap::Analysis a = checked(kEssays[0]);
  const std::string dot = argmap::write_dot(a);
  CHECK(dot.rfind("digraph argmap {\n", 0) == 0);
  CHECK(count(dot, "digraph") == 1);
  CHECK(count(dot, "{") == count(dot, "}"));
  for (const argmap::VersionAnalysis& v : a.versions) {
    for (std::size_t u = 0; u < v.units.size(); ++u)
      CHECK(count(dot, "\n      \"" + argmap::unit_id(v.lang, u) + "\" [id=") == 1);
    for (std::size_t s = 0; s < v.structure.sections.size(); ++s)
      CHECK(count(dot, "subgraph \"cluster_" + std::string(argmap::lang_code(v.lang)) + "_s" +
                           std::to_string(s) + "\"") == 1);
  }
  std::size_t supports = 0, attacks = 0, aligned = 0;
  for (const argmap::VersionAnalysis& v : a.versions)
    for (const argmap::Relation& r : v.graph.relations)
      ++(r.type == argmap::RelationType::kAttack ? attacks : supports);
  for (const argmap::Link& l : a.alignment->links) aligned += l.zh.size() * l.en.size();
  REQUIRE(attacks > 0);
  CHECK(count(dot, "style=dashed, arrowhead=tee") == attacks);
  CHECK(count(dot, "style=solid];") == supports);
  CHECK(count(dot, "style=dotted, dir=none, constraint=false") == aligned);
  // Reading order: an invisible chain per version, aligned units side by side on one rank.
  CHECK(count(dot, "[style=invis, weight=10]") ==
        a.versions[0].units.size() + a.versions[1].units.size() - 2);
  CHECK(count(dot, "{ rank=same; \"zh:u1\"; \"en:u1\"; }") == 1);
  CHECK(count(dot, "fontname=\"Noto Sans CJK SC\"") == 3);
  CHECK(dot.find("\"legend\"") != std::string::npos);
  CHECK(argmap::write_dot(checked(kEssays[0])) == dot);
}

TEST_CASE("dot: a one-language analysis has no alignment edges", "[dot]") {
  argmap::SplitOptions split;
  split.only = Lang::kEn;
  split.need_both = false;
  auto a = analyse_texts(
      {"Why walls matter\n\nWalls matter because they stop us. But not always.\n"}, split);
  REQUIRE(a.ok());
  const std::string dot = argmap::write_dot(*a);
  CHECK(dot.find("cluster_en") != std::string::npos);
  CHECK(dot.find("cluster_zh") == std::string::npos);
  CHECK(dot.find("style=dotted") == std::string::npos);
  CHECK(dot.find("rank=same") == std::string::npos);
}
