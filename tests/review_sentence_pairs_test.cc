// The review on single sentence pairs, one a line as a TMX-style segment (--units lines): what
// a reviewer would call a real difference is found, and what is the same said another way is
// not. Each case is tested in both directions where it has two.
#include <catch2/catch.hpp>

#include "tests/review_testing.h"

using namespace argmap::testing;  // NOLINT: test helpers

namespace {

// The review of two texts, one unit a line.
argmap::Analysis review_lines(const std::string& zh, const std::string& en) {
  std::vector<argmap::Input> inputs;
  for (const auto& [name, text] : {std::pair{"pair.zh.txt", zh}, {"pair.en.txt", en}}) {
    auto in = argmap::make_input(name, text);
    REQUIRE(in.ok());
    inputs.push_back(std::move(*in));
  }
  argmap::AnalyseOptions o;
  o.split.units = argmap::UnitMode::kLines;
  o.align = o.check = true;
  o.resources.dictionary = &test_dictionary();
  auto a = argmap::analyse(std::move(inputs), o, lexicons());
  REQUIRE(a.ok());
  return std::move(*a);
}

// Codes of the findings on the pair (zh, en): the warnings and errors, or (info) the notes;
// with_case: "code/case".
std::vector<std::string> findings(const std::string& zh, const std::string& en, bool info,
                                  bool with_case) {
  std::vector<std::string> out;
  for (const argmap::Finding& f : review_lines(zh + "\n", en + "\n").findings) {
    if ((f.severity == argmap::Severity::kInfo) != info) continue;
    out.push_back(with_case && !f.case_name.empty() ? f.code + "/" + f.case_name : f.code);
  }
  return out;
}

std::vector<std::string> flagged(const std::string& zh, const std::string& en,
                                 bool with_case = false) {
  return findings(zh, en, false, with_case);
}

std::vector<std::string> noted(const std::string& zh, const std::string& en) {
  return findings(zh, en, true, true);
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

TEST_CASE("polarity: a negation inside a word is not a negated clause", "[review][polarity]") {
  // 不幸 "unfortunately", 不断 "constantly", 不禁 "cannot help but": no negation to keep.
  CHECK_FALSE(
      has(flagged("不幸的是，这个计划失败了。", "Unfortunately, the plan failed."), "polarity"));
  CHECK_FALSE(has(flagged("物价不断上涨。", "Prices keep rising."), "polarity"));
  CHECK_FALSE(has(flagged("她不禁笑了起来。", "She could not help laughing."), "polarity"));
  // ... while a clausal negation dropped beside such a word is still found.
  CHECK(has(flagged("不幸的是，这个计划没有成功。", "Unfortunately, the plan succeeded."),
            "polarity"));
  CHECK(has(flagged("物价不断上涨。", "Prices do not keep rising."), "polarity"));
}

TEST_CASE("polarity: clausal against affix negation, in both directions", "[review][polarity]") {
  // 不公平 is a negated word; "not fair" and "unfair" both render it.
  CHECK_FALSE(has(flagged("这种做法不公平。", "This practice is not fair."), "polarity"));
  CHECK_FALSE(has(flagged("这种做法不公平。", "This practice is unfair."), "polarity"));
  CHECK_FALSE(has(flagged("这种行为非法。", "This practice is illegal."), "polarity"));
  // An affix that renders a negated word does not carry a dropped clausal negation.
  CHECK(has(flagged("这种行为并不非法。", "This practice is illegal."), "polarity"));
  CHECK(has(flagged("这种行为非法。", "This practice is not illegal."), "polarity"));
  // An affix with nothing negated on the other side carries the clausal negation.
  CHECK_FALSE(has(flagged("这个说法没有根据。", "The claim is unfounded."), "polarity"));
}

TEST_CASE("polarity: A-not-A questions, negative quantifiers, double and rhetorical negation",
          "[review][polarity]") {
  CHECK_FALSE(has(flagged("他会不会来？", "Will he come?"), "polarity"));
  CHECK_FALSE(has(flagged("你们是不是还在一起？", "Are you still together?"), "polarity"));
  CHECK_FALSE(has(flagged("你有没有读过这本书？", "Have you read this book?"), "polarity"));
  CHECK(has(flagged("他不会来。", "He will come."), "polarity"));
  CHECK_FALSE(has(flagged("没有人知道答案。", "Nobody knows the answer."), "polarity"));
  CHECK(has(flagged("没有人知道答案。", "Everybody knows the answer."), "polarity"));
  CHECK(has(flagged("每个人都知道答案。", "Nobody knows the answer."), "polarity"));
  CHECK_FALSE(has(flagged("我们不得不承认错误。", "We have to admit the mistake."), "polarity"));
  CHECK_FALSE(
      has(flagged("我们必须承认错误。", "We cannot help admitting the mistake."), "polarity"));
  CHECK_FALSE(has(flagged("难道这不是一个好主意吗？", "Surely this is a good idea?"), "polarity"));
  CHECK_FALSE(has(flagged("这是一个好主意。", "Isn't it a good idea?"), "polarity"));
}

TEST_CASE("polarity: 'without' rendering 除了 does not negate", "[review][polarity]") {
  CHECK_FALSE(has(flagged("除了他，所有人都来了。", "Everyone came, without exception but him."),
                  "polarity"));
  CHECK(has(flagged("所有人都来了。", "Everyone came without delay."), "polarity"));
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

TEST_CASE("polarity: a double negation across words affirms, in both directions",
          "[review][polarity]") {
  CHECK_FALSE(has(flagged("这场冲突非赢不可。", "This conflict has to be won."), "polarity"));
  CHECK(has(flagged("这场冲突不会赢。", "This conflict has to be won."), "polarity"));
  CHECK_FALSE(has(flagged("要理解这次胜利，就必须承认他们的工作。",
                          "This victory cannot be understood without acknowledging their work."),
                  "polarity"));
  CHECK(has(flagged("要理解这次胜利，就必须承认他们的工作。",
                    "This victory cannot be understood by acknowledging their work."),
            "polarity"));
}

TEST_CASE("polarity: an A-not-A question asks what a negative question asks",
          "[review][polarity]") {
  CHECK_FALSE(has(flagged("大自然里有没有部件呢？", "Are there no parts in nature?"), "polarity"));
  CHECK(has(flagged("大自然里有部件。", "There are no parts in nature."), "polarity"));
}

TEST_CASE("polarity: -free and not- negate their word", "[review][polarity]") {
  CHECK_FALSE(has(flagged("你想要没有痛苦的人生吗？", "Do you want a life that is pain-free?"),
                  "polarity"));
  CHECK(has(flagged("你想要没有痛苦的人生吗？", "Do you want a life full of pain?"), "polarity"));
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

TEST_CASE("connective: one that may only go on (So, 当然) is not compared",
          "[review][connective]") {
  CHECK_FALSE(
      has(flagged("当然，我们没有真的把孩子们带过去。", "So of course we didn't take the kids."),
          "connective"));
  CHECK(has(flagged("因此，我们没有把孩子们带过去。", "However, we didn't take the kids."),
            "connective"));
}

TEST_CASE("partial-omission: a longer English whose added words render nothing of the Chinese",
          "[review][coverage]") {
  const std::string zh = "政府昨天宣布了新的经济发展计划。";
  const std::string added =
      "The government announced it yesterday; critics denounced the reckless spending spree "
      "before regional elections.";
  CHECK(has(flagged(zh, added, true), "partial-omission/unglossed"));
  // As long, but its words render the Chinese ones: a wordy rendering, not an addition.
  CHECK_FALSE(has(flagged(zh,
                          "Yesterday the government announced a new plan, a plan for the "
                          "development of the economy.",
                          true),
                  "partial-omission/unglossed"));
  CHECK_FALSE(has(flagged(zh,
                          "The government announced a new economic development plan "
                          "yesterday."),
                  "partial-omission"));
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

TEST_CASE("polarity: in a free rendering a one-sided negation is a note, not an error",
          "[review][polarity]") {
  // 不是人干的活儿 rendered as "I was going to die": the pair scores far under the
  // free-rendering cut-off, and an opposite word may carry the negation.
  const std::string zh = "这简直不是人干的活儿。", en = "I was going to die.";
  CHECK_FALSE(has(flagged(zh, en), "polarity"));
  CHECK(has(noted(zh, en), "polarity/free-rendering"));
  // A close rendering that drops the same negation is still an error.
  CHECK(has(flagged("这不是我的工作。", "This is my job."), "polarity"));
  CHECK_FALSE(has(noted("这不是我的工作。", "This is my job."), "polarity/free-rendering"));
}

TEST_CASE("numbers: 两半 is in half and 另一半 the other half, in both directions",
          "[review][number]") {
  CHECK_FALSE(has(flagged("他把蛋糕切成两半。", "He cut the cake in half."), "number"));
  CHECK_FALSE(has(flagged("设计可以提供另一半。", "Design can provide the other half."), "number"));
  CHECK(has(flagged("他把蛋糕切成两半。", "He cut the cake into thirds."), "number"));
  CHECK(has(flagged("他把蛋糕切成三份。", "He cut the cake in half."), "number"));
}

TEST_CASE("role: a thesis that moves to another pair is one finding naming both pairs",
          "[review][role]") {
  // The English states line 3 as its thesis and hedges line 1, the Chinese's thesis.
  const argmap::Analysis a = review_lines(
      "城市应该限制私家车。\n因为汽车造成污染。\n有人说汽车带来自由。\n但是公共交通更加公平。\n",
      "Cities might limit private cars.\nBecause cars cause pollution.\nIn short, I firmly "
      "believe that cars must bring freedom.\nBut public transport is fairer.\n");
  std::vector<const argmap::Finding*> roles;
  for (const argmap::Finding& f : a.findings) {
    if (f.code == "role" && f.severity != argmap::Severity::kInfo) roles.push_back(&f);
  }
  REQUIRE(roles.size() == 1);
  CHECK(roles[0]->case_name == "thesis-moved");
  CHECK(roles[0]->zh == std::vector<std::size_t>{0, 2});
  CHECK(roles[0]->en == std::vector<std::size_t>{0, 2});
}
