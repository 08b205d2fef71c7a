// The number rule on sentence pairs, one a line: numbers and quantities that differ between the
// sides are found, the same value said another way (words, scales, units, halves) is not.
#include <catch2/catch.hpp>

#include "tests/review_testing.h"

using namespace argmap::testing;  // NOLINT: test helpers

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

TEST_CASE("numbers: measures converted between systems agree within rounding", "[review][number]") {
  CHECK_FALSE(has(flagged("它长约5.5米。", "It is 18 feet long."), "number"));
  CHECK(has(flagged("它长约5.5米。", "It is 30 feet long."), "number"));
  CHECK_FALSE(has(flagged("它重约1360公斤。", "It weighs 3,000 pounds."), "number"));
  CHECK(has(flagged("它重约1360公斤。", "It weighs 3,000 kilograms."), "number"));
  CHECK_FALSE(has(flagged("在19世纪早期，手语传到了美国。",
                          "Sign language came to America in the early 1800s."),
                  "number"));
  CHECK_FALSE(has(
      flagged("整个太平洋都受到了铯-137的污染。", "The whole Pacific has traces of cesium-137."),
      "number"));
}

TEST_CASE("numbers: mixed forms, months as years, vague orders, numerals inside words",
          "[review][number]") {
  CHECK_FALSE(
      has(flagged("这一数字将是1亿5000万。", "It will affect 150 million people."), "number"));
  CHECK(has(flagged("这一数字将是1亿5000万。", "It will affect 100 million people."), "number"));
  CHECK_FALSE(has(flagged("他们在半年后结婚了。", "They married six months later."), "number"));
  CHECK(has(flagged("他们在半年后结婚了。", "They married nine months later."), "number"));
  CHECK_FALSE(has(flagged("大海是由成千上万的元素组成。",
                          "The ocean is made up of thousands of "
                          "elements."),
                  "number"));
  CHECK(has(flagged("大海是由数百种元素组成。", "The ocean is made up of millions of elements."),
            "number"));
  CHECK_FALSE(has(flagged("这个理论是胡说八道。", "The theory is nonsense."), "number"));
  CHECK_FALSE(has(flagged("它重约10900多公斤。", "It weighs 24,000 pounds."), "number"));
  CHECK_FALSE(
      has(flagged("这是一个1360公斤的玻璃片。", "This is a 3,000-pound glass slide."), "number"));
  CHECK(has(flagged("这是一个1360公斤的玻璃片。", "This is a 5,000-pound glass slide."), "number"));
}

TEST_CASE("numbers: half and 一半 are fifty percent, in both directions", "[review][number]") {
  CHECK_FALSE(has(flagged("他吃掉了一半的蛋糕。", "He ate half of the cake."), "number"));
  CHECK_FALSE(has(flagged("他吃掉了百分之五十的蛋糕。", "He ate half of the cake."), "number"));
  CHECK_FALSE(has(flagged("超过半数的人同意。", "More than half of the people agreed."), "number"));
  CHECK_FALSE(has(flagged("他吃掉了半个蛋糕。", "He ate half a cake."), "number"));
  CHECK_FALSE(has(flagged("会议开了半个小时。", "The meeting took half an hour."), "number"));
  CHECK_FALSE(has(flagged("这是一家半导体工厂。", "This is a semiconductor plant."), "number"));
  CHECK(has(flagged("他吃掉了一半的蛋糕。", "He ate a third of the cake."), "number"));
  CHECK(has(flagged("他吃掉了一半的蛋糕。", "He ate 30 percent of the cake."), "number"));
  CHECK(has(flagged("他吃掉了三分之一的蛋糕。", "He ate half of the cake."), "number"));
  CHECK(has(flagged("他吃掉了百分之三十的蛋糕。", "He ate half of the cake."), "number"));
}

TEST_CASE("numbers: -fold is times, and parts and dimensions are counted", "[review][number]") {
  CHECK_FALSE(has(flagged("费用可能增加5倍。", "Costs may increase fivefold."), "number"));
  CHECK_FALSE(has(flagged("费用可能增加5倍。", "Costs may increase 5-fold."), "number"));
  CHECK(has(flagged("费用可能增加3倍。", "Costs may increase fivefold."), "number"));
  CHECK(has(flagged("费用可能增加五倍。", "Costs may increase threefold."), "number"));
  CHECK_FALSE(has(flagged("这是一个三维作品。", "This is a 3-dimensional work."), "number"));
  CHECK(has(flagged("这是一个三维作品。", "This is a 4-dimensional work."), "number"));
  CHECK_FALSE(has(flagged("把它拆成三部分。", "Break it up into three parts."), "number"));
  CHECK(has(flagged("把它拆成四部分。", "Break it up into three parts."), "number"));
}

TEST_CASE("numbers: 两半 is in half and 另一半 the other half, in both directions",
          "[review][number]") {
  CHECK_FALSE(has(flagged("他把蛋糕切成两半。", "He cut the cake in half."), "number"));
  CHECK_FALSE(has(flagged("设计可以提供另一半。", "Design can provide the other half."), "number"));
  CHECK(has(flagged("他把蛋糕切成两半。", "He cut the cake into thirds."), "number"));
  CHECK(has(flagged("他把蛋糕切成三份。", "He cut the cake in half."), "number"));
}
