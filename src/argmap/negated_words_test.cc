// Negated words and implicit negation, found once per unit by the features stage for the
// polarity check: affixes on real words, whole-word implicit forms, and the Chinese side.
#include "argmap/negated_words.h"

#include <catch2/catch.hpp>

#include "argmap/features.h"
#include "argmap/text.h"
#include "tests/testing.h"

using argmap::count_negated_words;
using argmap::has_implicit_negation;
using argmap::testing::lexicons;

static std::string lower(const char* text) { return argmap::lower_ascii(text); }

TEST_CASE("English words negated by a prefix or a suffix are counted", "[negation]") {
  const argmap::Lexicon& en = lexicons().en;
  CHECK(count_negated_words(lower("The claim is unsupported."), en) == 1);
  CHECK(count_negated_words(lower("A non-subjective, painless test."), en) == 2);
  CHECK(count_negated_words(lower("Unsupported AND Unpredictable"), en) == 2);  // case is ignored
  // A prefix on a word without a negated ending, or too short a rest, negates nothing.
  CHECK(count_negated_words(lower("We understand the union."), en) == 0);
  CHECK(count_negated_words(lower("The unit is useless."), en) == 1);
  CHECK(count_negated_words(lower(""), en) == 0);
}

TEST_CASE("implicit negation is a whole word in English and any match in Chinese", "[negation]") {
  const argmap::Lexicon& en = lexicons().en;
  CHECK(has_implicit_negation(lower("The plan lacks funding."), en));
  CHECK(has_implicit_negation(lower("It costs LESS than before."), en));
  CHECK_FALSE(has_implicit_negation(lower("A blacksmith and a tool."), en));  // lack inside a word
  CHECK(has_implicit_negation(lower("这个计划缺乏资金。"), lexicons().zh));
  CHECK_FALSE(has_implicit_negation(lower("这个计划有资金。"), lexicons().zh));
}

TEST_CASE("the features carry the negation the polarity check compares", "[negation]") {
  const argmap::PhraseMatcher en_matcher(lexicons().en), zh_matcher(lexicons().zh);
  const auto en =
      argmap::features_of("Isn't it unsupported and less useful?", lexicons().en, en_matcher);
  CHECK(en.negated_words == 1);
  CHECK(en.implicit_negation);
  CHECK(en.rhetorical_negation);
  const auto zh = argmap::features_of("除了他，难道大家都缺乏勇气吗？", lexicons().zh, zh_matcher);
  CHECK(zh.exception_marker);
  CHECK(zh.rhetorical_negation);
  CHECK(zh.implicit_negation);
  CHECK(zh.negated_words == 0);
}

TEST_CASE("every implicit negation form of the lexicons is found in a sentence", "[negation]") {
  for (const argmap::Lexicon* lexicon : {&lexicons().en, &lexicons().zh}) {
    const bool en = lexicon->lang == argmap::Lang::kEn;
    const argmap::NegatedWords negated(*lexicon);
    for (const std::string& form : lexicon->implicit_negation) {
      const std::string sentence =
          (en ? "The plan " : "这个计划") + form + (en ? " funding." : "资金。");
      INFO(sentence);
      CHECK(negated.implicit(argmap::lower_ascii(sentence)));
      if (en) CHECK_FALSE(negated.implicit(argmap::lower_ascii("The plan x" + form + " funding.")));
    }
  }
}
