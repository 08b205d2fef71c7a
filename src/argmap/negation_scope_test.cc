// Negation scope on real sentences: the cues the features stage finds, sorted into lone cues,
// double negations, A-not-A questions and affixes, in both languages.
#include "argmap/negation_scope.h"

#include <catch2/catch.hpp>
#include <string>

#include "argmap/features.h"
#include "argmap/phrase_matcher.h"

namespace {

using argmap::Lang;

// The scope, with its lone cues listed.
struct Scope : argmap::NegationScope {
  std::vector<argmap::Cue> lone_cues;
};

Scope scope_of(const std::string& text, Lang lang) {
  static const argmap::Lexicons lexicons = *argmap::builtin_lexicons();
  const argmap::Lexicon& lexicon = lexicons.of(lang);
  const argmap::PhraseMatcher matcher(lexicon);
  const argmap::Features f = argmap::features_of(text, lexicon, matcher);
  Scope out{f.negation_scope, {}};
  for (std::size_t i = 0; i < f.negation.size(); ++i)
    if (f.negation_scope.is_lone(i)) out.lone_cues.push_back(f.negation[i]);
  CHECK(f.negation_scope.lone == argmap::negation_scope(text, f.negation, lexicon).lone);
  return out;
}

}  // namespace

TEST_CASE("negation scope: a double negation in one clause is no negation", "[negation]") {
  CHECK(scope_of("这件事非你去不可。", Lang::kZh).lone_cues.empty());
  CHECK(scope_of("You cannot learn a language without practice.", Lang::kEn).lone_cues.empty());
  // A clause break between the two cues: each negates on its own.
  const Scope broken = scope_of("这非我所愿，不可强求。", Lang::kZh);
  CHECK(broken.affixes == 1);  // 非 begins its word
  CHECK(broken.lone_cues.size() == 1);
  CHECK(scope_of("We cannot stay; without money, we leave.", Lang::kEn).lone_cues.size() == 2);
}

TEST_CASE("negation scope: an A-not-A question asks, it does not negate", "[negation]") {
  const Scope asks = scope_of("你明天会不会来？", Lang::kZh);
  CHECK(asks.a_not_a);
  CHECK(asks.lone_cues.empty());
  const Scope says = scope_of("他明天不会来。", Lang::kZh);
  CHECK_FALSE(says.a_not_a);
  REQUIRE(says.lone_cues.size() == 1);
  CHECK(says.lone_cues.front().start == std::string("他明天").size());
}

TEST_CASE("negation scope: an affix negates its word, not the clause", "[negation]") {
  const Scope painless = scope_of("这种手术几乎无痛。", Lang::kZh);
  CHECK(painless.affixes == 1);
  CHECK(painless.lone_cues.empty());
  CHECK(scope_of("这种手术并不痛。", Lang::kZh).lone_cues.size() == 1);
}

TEST_CASE("negation scope: past the 64th cue every cue counts as negating on its own",
          "[negation]") {
  static const argmap::Lexicons lexicons = *argmap::builtin_lexicons();
  std::string text;
  std::vector<argmap::Cue> cues;
  for (std::size_t k = 0; k < 70; ++k) {
    cues.push_back({"不", text.size()});
    text += k % 2 == 0 ? "不，" : "不。";
  }
  cues.push_back({"无", text.size()});  // an affix, but the 71st cue
  text += "无";
  const argmap::NegationScope s = argmap::negation_scope(text, cues, lexicons.zh);
  CHECK(s.lone == ~std::uint64_t{0});
  CHECK(s.affixes == 0);
  for (std::size_t i = 64; i < cues.size(); ++i) CHECK(s.is_lone(i));
}
