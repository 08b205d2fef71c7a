// The phrase matcher's index by first bytes: every phrase of both lexicons is found where it
// stands, the longest phrase wins, English phrases only as whole words.
#include "argmap/phrase_matcher.h"

#include <catch2/catch.hpp>

#include "tests/testing.h"

using argmap::testing::lexicons;

TEST_CASE("every phrase of the lexicons is found as the whole text", "[phrases]") {
  for (const argmap::Lexicon* lexicon : {&lexicons().en, &lexicons().zh}) {
    const argmap::PhraseMatcher matcher(*lexicon);
    for (std::size_t p = 0; p < matcher.phrases().size(); ++p) {
      const std::string& form = matcher.phrases()[p].form;
      INFO(form);
      const auto hits = matcher.find(form);
      REQUIRE(hits.size() == 1);
      CHECK(hits[0].phrase == p);
      CHECK(hits[0].end == form.size());
      CHECK(matcher.index_of(form) == p);
    }
  }
}

TEST_CASE("the longest phrase wins, and English phrases stand as words", "[phrases]") {
  const argmap::PhraseMatcher en(lexicons().en), zh(lexicons().zh);
  const auto form = [](const argmap::PhraseMatcher& m, std::string_view text) {
    const auto hits = m.find(text);
    return hits.empty() ? std::string() : m.phrases()[hits[0].phrase].form;
  };
  CHECK(form(en, "Even so, it works.") == "even so");
  CHECK(form(en, "Butter.").empty());
  CHECK(form(zh, "虽然如此") == "虽然如此");
  CHECK(form(zh, "虽然他来了") == "虽然");
  CHECK(form(zh, "但是他来了") == "但是");
}
