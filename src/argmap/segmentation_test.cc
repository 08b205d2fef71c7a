#include "argmap/segmentation.h"

#include <catch2/catch.hpp>

#include "tests/testing.h"

using argmap::Lang;
using argmap::testing::analyse_texts;
using argmap::testing::unit_texts;

namespace {

std::vector<std::string> units_of(const std::string& text, Lang lang) {
  argmap::SplitOptions o;
  o.only = lang;
  auto a = analyse_texts({text}, o);
  REQUIRE(a.ok());
  return unit_texts(*a.value().find(lang));
}

}  // namespace

TEST_CASE("Chinese sentences split at 。！？ and keep their quotes", "[segmentation]") {
  CHECK(units_of("系统变得更像“聪明”。它们真的懂吗？当然不！\n", Lang::kZh) ==
        std::vector<std::string>{"系统变得更像“聪明”。", "它们真的懂吗？", "当然不！"});
}

TEST_CASE("an opening quote after 。 starts the next sentence", "[segmentation]") {
  CHECK(units_of("这决定了一切。“不能输在起跑线上”，成了口头禅。\n", Lang::kZh) ==
        std::vector<std::string>{"这决定了一切。", "“不能输在起跑线上”，成了口头禅。"});
}

TEST_CASE("wrapped Chinese lines join without a space, English with one", "[segmentation]") {
  CHECK(units_of("系统必须能够在没有指令的情况下，\n维持一个内部中心。\n", Lang::kZh) ==
        std::vector<std::string>{"系统必须能够在没有指令的情况下，维持一个内部中心。"});
  CHECK(units_of("Such systems can grow,\nbut they stay.\n", Lang::kEn) ==
        std::vector<std::string>{"Such systems can grow, but they stay."});
}

TEST_CASE("a Roman-numbered heading is never cut after its numeral", "[segmentation]") {
  const auto u = units_of("Title\n\nI. Compute Expands Capability, Not Subjecthood\n\nText here.\n",
                          Lang::kEn);
  CHECK(u.at(1) == "I. Compute Expands Capability, Not Subjecthood");
}

TEST_CASE("arrows and dashes stay inside their sentence and abbreviations do not split",
          "[segmentation]") {
  CHECK(units_of("They describe how a system reacts — not whether it exists. Input → output.\n",
                 Lang::kEn) ==
        std::vector<std::string>{"They describe how a system reacts — not whether it exists.",
                                 "Input → output."});
  CHECK(units_of("Some tools, e.g. aligners, know sentences. Others do not.\n", Lang::kEn).size() ==
        2);
}

TEST_CASE("list items stay one unit each even with several sentences", "[segmentation]") {
  CHECK(units_of("Reasons:\n\n- First. Still first.\n- Second\n", Lang::kEn) ==
        std::vector<std::string>{"Reasons:", "First. Still first.", "Second"});
}

TEST_CASE("line mode (--units lines) makes each non-empty line one unit", "[segmentation]") {
  argmap::SplitOptions o;
  o.only = Lang::kEn;
  o.units = argmap::UnitMode::kLines;
  auto a = analyse_texts({"One. Two.\n\nThree\n"}, o);
  REQUIRE(a.ok());
  CHECK(unit_texts(*a.value().find(Lang::kEn)) == std::vector<std::string>{"One. Two.", "Three"});
}

TEST_CASE("ICU word tokens are dictionary-based for Chinese", "[segmentation]") {
  const std::string text = "人工智能的发展，AGI 2025";
  std::vector<std::string> words;
  for (const auto& t : argmap::word_tokens(text, Lang::kZh))
    words.push_back(text.substr(t.start, t.end - t.start));
  CHECK(words.size() >= 4);
  CHECK(std::find(words.begin(), words.end(), "AGI") != words.end());
  CHECK(std::find(words.begin(), words.end(), "2025") != words.end());
  CHECK(std::find(words.begin(), words.end(), "，") == words.end());
}
