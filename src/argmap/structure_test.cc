#include "argmap/structure.h"

#include <catch2/catch.hpp>

#include "tests/testing.h"

using argmap::Lang;
using argmap::UnitKind;
using argmap::testing::analyse_texts;

namespace {

const argmap::VersionAnalysis& only(const argmap::Result<argmap::Analysis>& a, Lang lang) {
  REQUIRE(a.ok());
  REQUIRE(a.value().find(lang) != nullptr);
  return *a.value().find(lang);
}

argmap::SplitOptions lang(Lang l) {
  argmap::SplitOptions o;
  o.only = l;
  return o;
}

}  // namespace

TEST_CASE("ATX and Setext headings open sections and the level-1 heading is the title",
          "[structure]") {
  auto a = analyse_texts(
      {"# The Title\n\nIntro.\n\n## 1. First\n\nText.\n\nSecond Part\n-----------\n\nMore.\n"},
      lang(Lang::kEn));
  const auto& v = only(a, Lang::kEn);
  CHECK(v.units[0].kind == UnitKind::kTitle);
  REQUIRE(v.structure.sections.size() == 3);
  CHECK(v.structure.sections[1].number == 1);
  CHECK(v.structure.sections[2].kind == argmap::SectionKind::kUnnumbered);
  CHECK(v.units[4].text == "Second Part");
  CHECK(v.units[4].kind == UnitKind::kHeading);
}

TEST_CASE("plain-text numbered headings with Chinese and Roman numerals", "[structure]") {
  auto zh = analyse_texts({"标题\n\n引言。\n\n十一、第一部分\n\n正文。\n\n第十二节 "
                           "第二部分\n\n正文。\n\n结语\n\n结束。\n"},
                          lang(Lang::kZh));
  const auto& s = only(zh, Lang::kZh).structure.sections;
  REQUIRE(s.size() == 4);
  CHECK(s[1].number == 11);
  CHECK(s[2].number == 12);
  CHECK(s[3].kind == argmap::SectionKind::kClosing);
  auto en = analyse_texts(
      {"Title\n\nIntro.\n\nXII. Twelve Things\n\nBody.\n\nConclusion\n\nEnd.\n"}, lang(Lang::kEn));
  const auto& t = only(en, Lang::kEn).structure.sections;
  REQUIRE(t.size() == 3);
  CHECK(t[1].number == 12);
  CHECK(t[2].kind == argmap::SectionKind::kClosing);
}

TEST_CASE("a lone short numbered line is a heading, a numbered list after a colon is a list",
          "[structure]") {
  auto a =
      analyse_texts({"Intro.\n\n1. Background\n\nText.\n\nThree steps:\n\n1. First\n2. Second\n"},
                    lang(Lang::kEn));
  const auto& v = only(a, Lang::kEn);
  CHECK(v.units[1].kind == UnitKind::kHeading);
  CHECK(v.structure.sections[1].number == 1);
  CHECK(v.units[4].kind == UnitKind::kListItem);
  CHECK(v.units[5].kind == UnitKind::kListItem);
}

TEST_CASE("short paragraphs after a lead-in colon form an implicit list", "[structure]") {
  auto a = analyse_texts({"路径是：\n\n更多算力\n\n更多数据\n\n这确实有效。\n"}, lang(Lang::kZh));
  const auto& v = only(a, Lang::kZh);
  REQUIRE(v.structure.lists.size() == 1);
  CHECK(v.structure.lists[0].implicit);
  CHECK(v.structure.lists[0].items.size() == 2);
  CHECK(v.units[1].kind == UnitKind::kListItem);
  CHECK(v.units[3].kind == UnitKind::kSentence);
}

TEST_CASE("one sentence after a lead-in colon is not a list", "[structure]") {
  auto a = analyse_texts({"The assumption is that:\n\nSize will cause subjectivity to emerge.\n"},
                         lang(Lang::kEn));
  CHECK(only(a, Lang::kEn).structure.lists.empty());
}

TEST_CASE("wrapped lines after a lead-in line become list items", "[structure]") {
  auto a =
      analyse_texts({"Maintainers do more:\nFixing bugs\nAnswering questions\n"}, lang(Lang::kEn));
  const auto& v = only(a, Lang::kEn);
  REQUIRE(v.units.size() == 3);
  CHECK(v.units[1].text == "Fixing bugs");
  CHECK(v.units[2].kind == UnitKind::kListItem);
}

TEST_CASE("emphasis across two lines is recorded and removed from the text", "[structure]") {
  const std::string text = "**Such systems can grow,\nbut they stay.**\n\nPlain *one* here.\n";
  auto a = analyse_texts({text}, lang(Lang::kEn));
  const auto& v = only(a, Lang::kEn);
  CHECK(v.units[0].text == "Such systems can grow, but they stay.");
  CHECK(v.units[0].strong);
  CHECK(text.substr(v.units[0].start, v.units[0].end - v.units[0].start) ==
        "Such systems can grow,\nbut they stay.");
  CHECK(v.units[1].emph);
  CHECK_FALSE(v.units[1].strong);
}

TEST_CASE("block quotes are marked on their units", "[structure]") {
  auto a = analyse_texts({"Before.\n\n> Quoted words.\n"}, lang(Lang::kEn));
  const auto& v = only(a, Lang::kEn);
  CHECK_FALSE(v.units[0].quoted);
  CHECK(v.units[1].quoted);
}
