// The number rule on sentence pairs, one a line: numbers and quantities that differ between the
// sides are found, the same value said another way (words, scales, units, halves) is not.
#include <catch2/catch.hpp>

#include "tests/review_testing.h"

using namespace argmap::testing;  // NOLINT: test helpers

TEST_CASE("numbers: number words read as a reviewer reads them", "[review][number]") {
  check_pairs(
      "number",
      {
          {"该项目耗资十亿美元。", "The project cost a billion dollars.", kClean},
          {"该项目耗资十亿美元。", "The project cost a million dollars.", kFound},
          {"他买了一打鸡蛋。", "He bought a dozen eggs.", kClean},
          {"他买了两打鸡蛋。", "He bought a dozen eggs.", kFound},
          {"两个方案都失败了。", "Both plans failed.", kClean},
          {"2014年是有记录以来最热的一年。", "2014 was the hottest year on record.", kClean},
          {"2014年是有记录以来最热的一年。", "2015 was the hottest year on record.", kFound},
      });
}

TEST_CASE("numbers: scales, decades, centuries and dates in both languages", "[review][number]") {
  check_pairs(
      "number",
      {
          {"预计游客可达1200万人次。", "Visitors are expected to reach 12 million.", kClean},
          {"预计游客可达1200万人次。", "Visitors are expected to reach 1.2 million.", kFound},
          {"到了90年代，数字开始上升。", "Then, in the 1990s, the numbers rose.", kClean},
          {"到了80年代，数字开始上升。", "Then, in the 1990s, the numbers rose.", kFound},
          {"在整个20世纪，这种病都很罕见。", "For the whole 20th century, the disease was rare.",
           kClean},
          {"在整个19世纪，这种病都很罕见。", "For the whole 20th century, the disease was rare.",
           kFound},
          {"他于10月去世。", "He died in October.", kClean},
          {"他于11月去世。", "He died in October.", kFound},
          {"新冠疫情冲击了经济。", "The COVID-19 pandemic hit the economy.", kClean},
      });
}

TEST_CASE("numbers: a conversion inside one unit is not a mismatch", "[review][number]") {
  check_pairs(
      "number",
      {
          {"这棵树有120英尺高或者40米高。", "The tree is 120 feet, or 40 meters, tall.", kClean},
          {"这棵树有120英尺高或者40米高。", "The tree is 100 feet, or 30 meters, tall.", kFound},
      });
}

TEST_CASE("numbers: measures converted between systems agree within rounding", "[review][number]") {
  check_pairs("number", {
                            {"它长约5.5米。", "It is 18 feet long.", kClean},
                            {"它长约5.5米。", "It is 30 feet long.", kFound},
                            {"它重约1360公斤。", "It weighs 3,000 pounds.", kClean},
                            {"它重约1360公斤。", "It weighs 3,000 kilograms.", kFound},
                            {"在19世纪早期，手语传到了美国。",
                             "Sign language came to America in the early 1800s.", kClean},
                            {"整个太平洋都受到了铯-137的污染。",
                             "The whole Pacific has traces of cesium-137.", kClean},
                        });
}

TEST_CASE("numbers: mixed forms, months as years, vague orders, numerals inside words",
          "[review][number]") {
  check_pairs(
      "number",
      {
          {"这一数字将是1亿5000万。", "It will affect 150 million people.", kClean},
          {"这一数字将是1亿5000万。", "It will affect 100 million people.", kFound},
          {"他们在半年后结婚了。", "They married six months later.", kClean},
          {"他们在半年后结婚了。", "They married nine months later.", kFound},
          {"大海是由成千上万的元素组成。",
           "The ocean is made up of thousands of "
           "elements.",
           kClean},
          {"大海是由数百种元素组成。", "The ocean is made up of millions of elements.", kFound},
          {"这个理论是胡说八道。", "The theory is nonsense.", kClean},
          {"它重约10900多公斤。", "It weighs 24,000 pounds.", kClean},
          {"这是一个1360公斤的玻璃片。", "This is a 3,000-pound glass slide.", kClean},
          {"这是一个1360公斤的玻璃片。", "This is a 5,000-pound glass slide.", kFound},
      });
}

TEST_CASE("numbers: half and 一半 are fifty percent, in both directions", "[review][number]") {
  check_pairs("number", {
                            {"他吃掉了一半的蛋糕。", "He ate half of the cake.", kClean},
                            {"他吃掉了百分之五十的蛋糕。", "He ate half of the cake.", kClean},
                            {"超过半数的人同意。", "More than half of the people agreed.", kClean},
                            {"他吃掉了半个蛋糕。", "He ate half a cake.", kClean},
                            {"会议开了半个小时。", "The meeting took half an hour.", kClean},
                            {"这是一家半导体工厂。", "This is a semiconductor plant.", kClean},
                            {"他吃掉了一半的蛋糕。", "He ate a third of the cake.", kFound},
                            {"他吃掉了一半的蛋糕。", "He ate 30 percent of the cake.", kFound},
                            {"他吃掉了三分之一的蛋糕。", "He ate half of the cake.", kFound},
                            {"他吃掉了百分之三十的蛋糕。", "He ate half of the cake.", kFound},
                        });
}

TEST_CASE("numbers: -fold is times, and parts and dimensions are counted", "[review][number]") {
  check_pairs("number", {
                            {"费用可能增加5倍。", "Costs may increase fivefold.", kClean},
                            {"费用可能增加5倍。", "Costs may increase 5-fold.", kClean},
                            {"费用可能增加3倍。", "Costs may increase fivefold.", kFound},
                            {"费用可能增加五倍。", "Costs may increase threefold.", kFound},
                            {"这是一个三维作品。", "This is a 3-dimensional work.", kClean},
                            {"这是一个三维作品。", "This is a 4-dimensional work.", kFound},
                            {"把它拆成三部分。", "Break it up into three parts.", kClean},
                            {"把它拆成四部分。", "Break it up into three parts.", kFound},
                        });
}

TEST_CASE("numbers: 两半 is in half and 另一半 the other half, in both directions",
          "[review][number]") {
  check_pairs("number", {
                            {"他把蛋糕切成两半。", "He cut the cake in half.", kClean},
                            {"设计可以提供另一半。", "Design can provide the other half.", kClean},
                            {"他把蛋糕切成两半。", "He cut the cake into thirds.", kFound},
                            {"他把蛋糕切成三份。", "He cut the cake in half.", kFound},
                        });
}
