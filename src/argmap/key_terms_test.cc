// Key terms on real text: the Han strings of the title and headings that a unit holds as
// whole words, not inside a longer word, stopwords aside; none without a title or heading.
#include "argmap/key_terms.h"

#include <catch2/catch.hpp>
#include <string>

#include "tests/testing.h"

namespace {

using argmap::testing::lexicons;
using argmap::testing::version_of;

// The key terms of each unit of the Chinese text, joined by "|" per unit.
std::vector<std::string> terms_by_unit(const std::string& zh) {
  const argmap::VersionAnalysis v = version_of(zh, argmap::Lang::kZh);
  const argmap::KeyTerms k = argmap::key_terms(v, lexicons().zh);
  std::vector<std::string> out;
  for (std::size_t u = 0; u < v.units.size(); ++u) {
    std::string joined;
    for (const argmap::KeyTerms::Use& use : k.of(u))
      joined += (joined.empty() ? "" : "|") + k.terms[use.term];
    out.push_back(joined);
  }
  return out;
}

}  // namespace

TEST_CASE("key terms: the title's words found in the units that hold them", "[key_terms]") {
  const auto terms =
      terms_by_unit("# 为什么堆算力无法产生AGI\n\n算力不是一切。\n\n我们不知道为什么。\n");
  REQUIRE(terms.size() == 3);
  CHECK(terms[1] == "算力");  // two one-character words make a term
  // 为什么 is one word: none of its two-character parts (为什, 什么) is a term of the unit.
  CHECK(terms[2].find("为什") == std::string::npos);
  CHECK(terms[2].find("什么") == std::string::npos);
}

TEST_CASE("key terms: a heading's term counted once per unit, in the order of the terms",
          "[key_terms]") {
  const auto terms = terms_by_unit("# 城市\n\n## 自行车道\n\n城市的自行车道，城市的车道。\n");
  REQUIRE(terms.size() == 3);
  CHECK(terms[2].find("城市") != std::string::npos);
  CHECK(terms[2].find("城市|城市") == std::string::npos);
}

TEST_CASE("key terms: none without a title or heading", "[key_terms]") {
  const std::string zh = "城市应该修建车道。\n\n车道让骑车更安全。\n";
  const argmap::VersionAnalysis v = version_of(zh, argmap::Lang::kZh);
  const argmap::KeyTerms k = argmap::key_terms(v, lexicons().zh);
  CHECK(k.terms.empty());
  CHECK(k.uses.empty());
  CHECK(k.of(0).empty());
}

TEST_CASE("key terms: a stopword of the title is no term", "[key_terms]") {
  const auto terms = terms_by_unit("# 我们的城市\n\n我们爱城市。\n");
  REQUIRE(terms.size() == 2);
  CHECK(terms[1] == "城市");  // 我们 is one of the lexicon's stopwords
}

TEST_CASE("key terms: the words the features stage kept give the terms ICU gives", "[key_terms]") {
  argmap::VersionAnalysis v = version_of(
      "# 为什么堆算力无法产生AGI\n\n## "
      "一、算力的边界\n\n算力不是一切。\n\n我们不知道为什么算力有边界。\n",
      argmap::Lang::kZh);
  REQUIRE_FALSE(v.words.holds(v.units.size()));  // not kept without a check
  const argmap::KeyTerms fresh = argmap::key_terms(v, lexicons().zh);
  argmap::extract_features(v.units, lexicons().zh, &v.words);
  REQUIRE(v.words.holds(v.units.size()));
  const argmap::KeyTerms kept = argmap::key_terms(v, lexicons().zh);
  CHECK(kept.terms == fresh.terms);
  REQUIRE(kept.uses.size() == fresh.uses.size());
  CHECK_FALSE(kept.uses.empty());
  for (std::size_t i = 0; i < kept.uses.size(); ++i) {
    CHECK(kept.uses[i].unit == fresh.uses[i].unit);
    CHECK(kept.uses[i].term == fresh.uses[i].term);
  }
  // The kept words are spans of their unit's text: 算力 is one word or two of it.
  const std::string& text = v.units.back().text;
  std::string rejoined;
  for (const argmap::UnitWords::Span& s : v.words.of(v.units.size() - 1))
    rejoined += text.substr(s.start, s.end - s.start);
  CHECK(rejoined == "我们不知道为什么算力有边界");
}
