// The polarity rule on sentence pairs, one a line: a negation on one side only is found, and
// what negates without negating a clause (affixes, A-not-A, double negation) is not.
#include <catch2/catch.hpp>

#include "tests/review_testing.h"

using namespace argmap::testing;  // NOLINT: test helpers

TEST_CASE("polarity: a negation inside a word is not a negated clause", "[review][polarity]") {
  check_pairs(
      "polarity",
      {
          // 不幸 "unfortunately", 不断 "constantly", 不禁 "cannot help but": no negation to keep.
          {"不幸的是，这个计划失败了。", "Unfortunately, the plan failed.", kClean},
          {"物价不断上涨。", "Prices keep rising.", kClean},
          {"她不禁笑了起来。", "She could not help laughing.", kClean},
          // ... while a clausal negation dropped beside such a word is still found.
          {"不幸的是，这个计划没有成功。", "Unfortunately, the plan succeeded.", kFound},
          {"物价不断上涨。", "Prices do not keep rising.", kFound},
      });
}

TEST_CASE("polarity: clausal against affix negation, in both directions", "[review][polarity]") {
  check_pairs("polarity",
              {
                  // 不公平 is a negated word; "not fair" and "unfair" both render it.
                  {"这种做法不公平。", "This practice is not fair.", kClean},
                  {"这种做法不公平。", "This practice is unfair.", kClean},
                  {"这种行为非法。", "This practice is illegal.", kClean},
                  // An affix that renders a negated word does not carry a dropped clausal negation.
                  {"这种行为并不非法。", "This practice is illegal.", kFound},
                  {"这种行为非法。", "This practice is not illegal.", kFound},
                  // An affix with nothing negated on the other side carries the clausal negation.
                  {"这个说法没有根据。", "The claim is unfounded.", kClean},
              });
}

TEST_CASE("polarity: A-not-A questions, negative quantifiers, double and rhetorical negation",
          "[review][polarity]") {
  check_pairs("polarity",
              {
                  {"他会不会来？", "Will he come?", kClean},
                  {"你们是不是还在一起？", "Are you still together?", kClean},
                  {"你有没有读过这本书？", "Have you read this book?", kClean},
                  {"他不会来。", "He will come.", kFound},
                  {"没有人知道答案。", "Nobody knows the answer.", kClean},
                  {"没有人知道答案。", "Everybody knows the answer.", kFound},
                  {"每个人都知道答案。", "Nobody knows the answer.", kFound},
                  {"我们不得不承认错误。", "We have to admit the mistake.", kClean},
                  {"我们必须承认错误。", "We cannot help admitting the mistake.", kClean},
                  {"难道这不是一个好主意吗？", "Surely this is a good idea?", kClean},
                  {"这是一个好主意。", "Isn't it a good idea?", kClean},
              });
}

TEST_CASE("polarity: 'without' rendering 除了 does not negate", "[review][polarity]") {
  check_pairs("polarity",
              {
                  {"除了他，所有人都来了。", "Everyone came, without exception but him.", kClean},
                  {"所有人都来了。", "Everyone came without delay.", kFound},
              });
}

TEST_CASE("polarity: a double negation across words affirms, in both directions",
          "[review][polarity]") {
  check_pairs("polarity",
              {
                  {"这场冲突非赢不可。", "This conflict has to be won.", kClean},
                  {"这场冲突不会赢。", "This conflict has to be won.", kFound},
                  {"要理解这次胜利，就必须承认他们的工作。",
                   "This victory cannot be understood without acknowledging their work.", kClean},
                  {"要理解这次胜利，就必须承认他们的工作。",
                   "This victory cannot be understood by acknowledging their work.", kFound},
              });
}

TEST_CASE("polarity: an A-not-A question asks what a negative question asks",
          "[review][polarity]") {
  check_pairs("polarity", {
                              {"大自然里有没有部件呢？", "Are there no parts in nature?", kClean},
                              {"大自然里有部件。", "There are no parts in nature.", kFound},
                          });
}

TEST_CASE("polarity: -free and not- negate their word", "[review][polarity]") {
  check_pairs("polarity",
              {
                  {"你想要没有痛苦的人生吗？", "Do you want a life that is pain-free?", kClean},
                  {"你想要没有痛苦的人生吗？", "Do you want a life full of pain?", kFound},
              });
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
