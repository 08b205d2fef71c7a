// End to end over corpus/: each essay's units against its hand-checked gold file, and the
// seed's titles, sections and one whole section in both languages.
#include <catch2/catch.hpp>

#include "argmap/export/json.h"
#include "tests/testing.h"

using argmap::Lang;
using argmap::testing::corpus;
using argmap::testing::read_file;
using argmap::testing::unit_texts;

namespace {

using argmap::testing::Essay;
using argmap::testing::kEssays;

using argmap::testing::gold_units;

argmap::Analysis analyse_files(const std::vector<std::string>& files) {
  std::vector<std::string> texts;
  for (const std::string& f : files) texts.push_back(read_file(corpus(f)));
  argmap::SplitOptions both;
  both.need_both = true;
  auto a = argmap::testing::analyse_texts(texts, both);
  REQUIRE(a.ok());
  return std::move(a.value());
}

}  // namespace

TEST_CASE("every sentence, heading and list item of each corpus essay is exactly one unit",
          "[corpus]") {
  for (const Essay& essay : kEssays) {
    const argmap::Analysis a = analyse_files(essay.files);
    for (Lang lang : {Lang::kZh, Lang::kEn}) {
      INFO(essay.gold << " " << argmap::lang_code(lang));
      CHECK(unit_texts(*a.find(lang)) == gold_units(essay.gold, lang));
    }
  }
}

TEST_CASE("every unit's span holds its text, up to markup and joined lines", "[corpus]") {
  for (const Essay& essay : kEssays) {
    const argmap::Analysis a = analyse_files(essay.files);
    for (const argmap::VersionAnalysis& v : a.versions) {
      for (const argmap::Unit& u : v.units) {
        const std::string& bytes = a.doc.inputs[u.input].bytes;
        REQUIRE(u.start < u.end);
        REQUIRE(u.end <= bytes.size());
        const std::string span = bytes.substr(u.start, u.end - u.start);
        INFO(essay.gold << ": " << u.text);
        // The span starts and ends with the unit's first and last characters.
        CHECK(span.substr(0, 1) == u.text.substr(0, 1));
        CHECK(span.back() == u.text.back());
      }
    }
  }
}

TEST_CASE("the seed: both titles, five numbered sections and the closing in each language",
          "[corpus][seed]") {
  const argmap::Analysis a = analyse_files({"scaling-compute-agi.zh-en.txt"});
  const auto& zh = *a.find(Lang::kZh);
  const auto& en = *a.find(Lang::kEn);
  CHECK(zh.units.front().text == "《为什么堆算力无法产生 AGI》");
  CHECK(zh.units.front().kind == argmap::UnitKind::kTitle);
  CHECK(en.units.front().text == "Why Scaling Compute Will Inevitably Hit a Wall");
  CHECK(en.units.front().kind == argmap::UnitKind::kTitle);
  for (const auto* v : {&zh, &en}) {
    const auto& s = v->structure.sections;
    REQUIRE(s.size() == 7);
    CHECK(s[0].kind == argmap::SectionKind::kPreamble);
    for (int i = 1; i <= 5; ++i) CHECK(s[i].number == i);
    CHECK(s[6].kind == argmap::SectionKind::kClosing);
  }
  CHECK(zh.units[48].text == "结语");
  CHECK(en.units[46].text == "Closing");
}

TEST_CASE("the seed: the exact units of section III in both languages", "[corpus][seed]") {
  const argmap::Analysis a = analyse_files({"scaling-compute-agi.zh-en.txt"});
  auto section = [&a](Lang lang, std::size_t index) {
    const auto& v = *a.find(lang);
    std::vector<std::string> out;
    for (const auto& u : v.units) {
      if (u.section == index) out.push_back(std::string(argmap::lang_code(lang)) + "|" + u.text);
    }
    return out;
  };
  CHECK(section(Lang::kZh, 3) ==
        std::vector<std::string>{
            "zh|三、为什么规模扩展无法跨越这道门槛", "zh|当前路径的一个隐含假设是：",
            "zh|当系统足够大、足够复杂时，自我与主体性会自然“涌现”。", "zh|但问题在于：",
            "zh|涌现只能发生在允许该现象出现的结构中",
            "zh|如果结构本身不支持主体形成，规模只会放大原有限制",
            "zh|放大一个非主体结构，不会产生主体。", "zh|这不是工程速度问题，而是方向问题。"});
  CHECK(section(Lang::kEn, 3) ==
        std::vector<std::string>{
            "en|III. Why Scaling Cannot Cross This Threshold",
            "en|The prevailing assumption is that:",
            "en|Sufficient size and complexity will cause subjectivity to emerge.",
            "en|However:", "en|Emergence only occurs within structures that permit it",
            "en|If subject formation is structurally unsupported, scale merely amplifies the "
            "limitation",
            "en|Scaling a non-subjective structure does not create subjectivity.",
            "en|This is not an engineering bottleneck — it is a directional one."});
}

TEST_CASE("the seed's lists keep their lead-in, including the implicit opening list",
          "[corpus][seed]") {
  const argmap::Analysis a = analyse_files({"scaling-compute-agi.zh-en.txt"});
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    const auto& v = *a.find(lang);
    REQUIRE(!v.structure.lists.empty());
    const argmap::List& first = v.structure.lists.front();
    CHECK(first.implicit);
    CHECK(first.items.size() == 4);
    for (const argmap::List& list : v.structure.lists) CHECK(list.lead.has_value());
  }
}

TEST_CASE("the same input gives byte-identical JSON", "[corpus]") {
  for (const Essay& essay : kEssays) {
    CHECK(argmap::write_json(analyse_files(essay.files)) ==
          argmap::write_json(analyse_files(essay.files)));
  }
}
