#include "argmap/numeral.h"

#include <catch2/catch.hpp>

#include "argmap/quantity.h"
#include "tests/testing.h"

using argmap::testing::lexicons;

TEST_CASE("Chinese numerals with 十, 百, 千, 万 and 两", "[numeral]") {
  const auto& n = lexicons().zh.numerals;
  CHECK(argmap::parse_chinese_numeral("三", n) == 3);
  CHECK(argmap::parse_chinese_numeral("十", n) == 10);
  CHECK(argmap::parse_chinese_numeral("十二", n) == 12);
  CHECK(argmap::parse_chinese_numeral("二十", n) == 20);
  CHECK(argmap::parse_chinese_numeral("一百零五", n) == 105);
  CHECK(argmap::parse_chinese_numeral("两千", n) == 2000);
  CHECK(argmap::parse_chinese_numeral("三万五千", n) == 35000);
  CHECK_FALSE(argmap::parse_chinese_numeral("三个", n));
}

TEST_CASE("canonical Roman numerals only", "[numeral]") {
  CHECK(argmap::parse_roman("IV") == 4);
  CHECK(argmap::parse_roman("XII") == 12);
  CHECK(argmap::parse_roman("xl") == 40);
  CHECK_FALSE(argmap::parse_roman("IIII"));
  CHECK_FALSE(argmap::parse_roman("In"));
}

TEST_CASE("numbered heading prefixes in both languages", "[numeral]") {
  const auto& zh = lexicons().zh;
  const auto& en = lexicons().en;
  CHECK(argmap::heading_number("三、为什么规模扩展无法跨越这道门槛", zh)->value == 3);
  CHECK(argmap::heading_number("十二、结尾", zh)->value == 12);
  CHECK(argmap::heading_number("第二节 方法", zh)->value == 2);
  CHECK(argmap::heading_number("第十章：结论", zh)->value == 10);
  // The separator after a prefixed number and its suffix is part of the prefix, not the title.
  CHECK(argmap::heading_number("第十章：结论", zh)->prefix_bytes == std::string("第十章：").size());
  CHECK(argmap::heading_number("IV. Why Human-Like Behavior Is Not Human-Level Intelligence", en)
            ->value == 4);
  CHECK(argmap::heading_number("Part II: Evidence", en)->value == 2);
  CHECK(argmap::heading_number("Section 3. Costs", en)->value == 3);
  CHECK(
      argmap::heading_number("I. Compute Expands Capability, Not Subjecthood", en)->prefix_bytes ==
      3);
  CHECK_FALSE(argmap::heading_number("In the past decade, compute grew.", en));
  CHECK_FALSE(argmap::heading_number("一个关键问题", zh));
  CHECK_FALSE(argmap::heading_number("IV.", en));
}

namespace {

std::vector<std::string> quantities(const std::string& text, const argmap::Lexicon& lexicon) {
  std::vector<std::string> out;
  for (const argmap::Quantity& q : argmap::find_quantities(text, lexicon))
    out.push_back(std::to_string(static_cast<long long>(q.value)) + " " + q.unit);
  return out;
}

}  // namespace

TEST_CASE("orders of magnitude: 数千 and thousands, 几十 and dozens; 几十年 counts no things",
          "[numeral][quantity]") {
  const std::string m = std::string(" ") + argmap::kMagnitude;
  CHECK(quantities("一项对数千个热门项目的调查", lexicons().zh) == std::vector{"1000" + m});
  CHECK(quantities("资助了几十个底层项目", lexicons().zh) == std::vector{"10" + m});
  CHECK(quantities("过去几十年", lexicons().zh).empty());
  CHECK(quantities("十几个人", lexicons().zh).empty());
  // An ordinal (第三) states no count of things.
  CHECK(quantities("第三个人", lexicons().zh).empty());
  CHECK(quantities("三个人", lexicons().zh) == std::vector<std::string>{"3 "});
  CHECK(quantities("A survey of thousands of projects", lexicons().en) == std::vector{"1000" + m});
  CHECK(quantities("dozens of projects", lexicons().en) == std::vector{"10" + m});
  CHECK(quantities("several hundred people", lexicons().en) == std::vector{"100" + m});
  CHECK(quantities("two hundred people", lexicons().en) == std::vector<std::string>{"200 "});
}

TEST_CASE("numbers past every integer type are doubles, past double's range no quantity",
          "[numeral][quantity]") {
  // Found by fuzzing: 20 digits overflowed a cast to long long in the JSON writer, and 400
  // digits made the number parser throw.
  const auto big = argmap::find_quantities("77777777777777777777t", lexicons().en);
  REQUIRE(big.size() == 1);
  CHECK(big[0].value == Approx(7.7777777777777777e19));
  CHECK(argmap::find_quantities("他们有" + std::string(400, '7') + "个", lexicons().zh).empty());
  CHECK(argmap::find_quantities("They have " + std::string(400, '7') + " of them.", lexicons().en)
            .empty());
}

TEST_CASE("every quantity unit of the lexicons is found after a number", "[numeral][quantity]") {
  for (const argmap::Lexicon* lexicon : {&lexicons().en, &lexicons().zh}) {
    const bool en = lexicon->lang == argmap::Lang::kEn;
    const argmap::QuantityFinder finder(*lexicon);  // one index for every text, as per version
    for (const argmap::QuantityUnit& u : lexicon->quantity_units) {
      const std::string number = en ? "12 " : "12";
      const std::string text = u.prefix ? u.form + "12" : number + u.form + (en ? " ok" : "。");
      INFO(text);
      const auto found = finder.in(text);
      CHECK(found.size() == argmap::find_quantities(text, *lexicon).size());
      REQUIRE(!found.empty());
      CHECK(found[0].start == 0);
      CHECK(found[0].end == (u.prefix ? text.size() : number.size() + u.form.size()));
    }
  }
}
