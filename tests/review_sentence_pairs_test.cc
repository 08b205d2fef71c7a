// The review on single sentence pairs, one a line as a TMX-style segment (--units lines): what
// a reviewer would call a real difference is found, and what is the same said another way is
// not. Each case is tested in both directions where it has two.
#include <catch2/catch.hpp>

#include "tests/review_testing.h"

using namespace argmap::testing;  // NOLINT: test helpers

namespace {

// Codes of the warnings and errors on the pair (zh, en).
std::vector<std::string> flagged(const std::string& zh, const std::string& en) {
  std::vector<argmap::Input> inputs;
  for (const auto& [name, text] : {std::pair{"pair.zh.txt", zh}, {"pair.en.txt", en}}) {
    auto in = argmap::make_input(name, text + "\n");
    REQUIRE(in.ok());
    inputs.push_back(std::move(*in));
  }
  argmap::AnalyseOptions o;
  o.split.units = argmap::UnitMode::kLines;
  o.align = o.check = true;
  o.resources.dictionary = &test_dictionary();
  auto a = argmap::analyse(std::move(inputs), o, lexicons());
  REQUIRE(a.ok());
  std::vector<std::string> out;
  for (const argmap::Finding& f : a->findings) {
    if (f.severity != argmap::Severity::kInfo) out.push_back(f.code);
  }
  return out;
}

bool has(const std::vector<std::string>& codes, const std::string& code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

}  // namespace

TEST_CASE("numbers: number words read as a reviewer reads them", "[review][number]") {
  CHECK_FALSE(
      has(flagged("该项目耗资十亿美元。", "The project cost a billion dollars."), "number"));
  CHECK(has(flagged("该项目耗资十亿美元。", "The project cost a million dollars."), "number"));
  CHECK_FALSE(has(flagged("他买了一打鸡蛋。", "He bought a dozen eggs."), "number"));
  CHECK(has(flagged("他买了两打鸡蛋。", "He bought a dozen eggs."), "number"));
  CHECK_FALSE(has(flagged("两个方案都失败了。", "Both plans failed."), "number"));
  CHECK_FALSE(has(flagged("2014年是有记录以来最热的一年。", "2014 was the hottest year on record."),
                  "number"));
  CHECK(has(flagged("2014年是有记录以来最热的一年。", "2015 was the hottest year on record."),
            "number"));
}

TEST_CASE("numbers: scales, decades, centuries and dates in both languages", "[review][number]") {
  CHECK_FALSE(has(flagged("预计游客可达1200万人次。", "Visitors are expected to reach 12 million."),
                  "number"));
  CHECK(has(flagged("预计游客可达1200万人次。", "Visitors are expected to reach 1.2 million."),
            "number"));
  CHECK_FALSE(has(flagged("到了90年代，数字开始上升。", "Then, in the 1990s, the numbers rose."),
                  "number"));
  CHECK(has(flagged("到了80年代，数字开始上升。", "Then, in the 1990s, the numbers rose."),
            "number"));
  CHECK_FALSE(has(flagged("在整个20世纪，这种病都很罕见。",
                          "For the whole 20th century, the disease was rare."),
                  "number"));
  CHECK(has(flagged("在整个19世纪，这种病都很罕见。",
                    "For the whole 20th century, the disease was rare."),
            "number"));
  CHECK_FALSE(has(flagged("他于10月去世。", "He died in October."), "number"));
  CHECK(has(flagged("他于11月去世。", "He died in October."), "number"));
  CHECK_FALSE(
      has(flagged("新冠疫情冲击了经济。", "The COVID-19 pandemic hit the economy."), "number"));
}

TEST_CASE("numbers: a conversion inside one unit is not a mismatch", "[review][number]") {
  CHECK_FALSE(
      has(flagged("这棵树有120英尺高或者40米高。", "The tree is 120 feet, or 40 meters, tall."),
          "number"));
  CHECK(has(flagged("这棵树有120英尺高或者40米高。", "The tree is 100 feet, or 30 meters, tall."),
            "number"));
}
