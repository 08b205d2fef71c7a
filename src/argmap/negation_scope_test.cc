// Negation scope on real sentences: the cues the features stage finds, sorted into lone cues,
// double negations, A-not-A questions and affixes, in both languages.
#include "argmap/negation_scope.h"

#include <catch2/catch.hpp>
#include <string>

#include "argmap/features.h"
#include "argmap/phrase_matcher.h"

namespace {

using argmap::Lang;

argmap::NegationScope scope_of(const std::string& text, Lang lang) {
  static const argmap::Lexicons lexicons = *argmap::builtin_lexicons();
  const argmap::Lexicon& lexicon = lexicons.of(lang);
  const argmap::PhraseMatcher matcher(lexicon);
  const argmap::Features f = argmap::features_of(text, lexicon, matcher);
  CHECK(f.negation_scope.lone.size() ==
        argmap::negation_scope(text, f.negation, lexicon).lone.size());
  return f.negation_scope;
}

}  // namespace

TEST_CASE("negation scope: a double negation in one clause is no negation", "[negation]") {
  CHECK(scope_of("这件事非你去不可。", Lang::kZh).lone.empty());
  CHECK(scope_of("You cannot learn a language without practice.", Lang::kEn).lone.empty());
  // A clause break between the two cues: each negates on its own.
  const argmap::NegationScope broken = scope_of("这非我所愿，不可强求。", Lang::kZh);
  CHECK(broken.affixes == 1);  // 非 begins its word
  CHECK(broken.lone.size() == 1);
  CHECK(scope_of("We cannot stay; without money, we leave.", Lang::kEn).lone.size() == 2);
}

TEST_CASE("negation scope: an A-not-A question asks, it does not negate", "[negation]") {
  const argmap::NegationScope asks = scope_of("你明天会不会来？", Lang::kZh);
  CHECK(asks.a_not_a);
  CHECK(asks.lone.empty());
  const argmap::NegationScope says = scope_of("他明天不会来。", Lang::kZh);
  CHECK_FALSE(says.a_not_a);
  REQUIRE(says.lone.size() == 1);
  CHECK(says.lone.front().start == std::string("他明天").size());
}

TEST_CASE("negation scope: an affix negates its word, not the clause", "[negation]") {
  const argmap::NegationScope painless = scope_of("这种手术几乎无痛。", Lang::kZh);
  CHECK(painless.affixes == 1);
  CHECK(painless.lone.empty());
  CHECK(scope_of("这种手术并不痛。", Lang::kZh).lone.size() == 1);
}
