#include "argmap/role_model.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <tuple>

#include "argmap/graph.h"
#include "tests/testing.h"

using argmap::Lang;
using argmap::Role;

namespace {

double feature(const argmap::RoleScore& s, const std::string& name) {
  for (const auto& f : s.features) {
    if (f.name == name) return f.value;
  }
  return 0;
}

// A student essay: a prompt, an introduction, two body paragraphs, a conclusion.
const char* kEssayEn =
    "Should cities build bike lanes?\n\n"
    "Cities are crowded. Roads are full of cars. In my opinion, cities should build bike "
    "lanes.\n\n"
    "First, lanes are cheap. A lane costs less than a road.\n\n"
    "Second, lanes are safe. Riders are protected from cars.\n\n"
    "To sum up, cities should build bike lanes. They are cheap and safe.\n";

const char* kEssayZh =
    "城市应该修建自行车道吗？\n\n"
    "城市很拥挤。道路上满是汽车。我认为，城市应该修建自行车道。\n\n"
    "首先，车道很便宜。一条车道比一条马路花费少。\n\n"
    "其次，车道很安全。骑车的人不会受到汽车的威胁。\n\n"
    "总之，城市应该修建自行车道。它们既便宜又安全。\n";

}  // namespace

TEST_CASE("role model: an essay's form reads introduction, body and conclusion", "[roles]") {
  for (const auto& [text, lang] :
       {std::pair{kEssayEn, Lang::kEn}, std::pair{kEssayZh, Lang::kZh}}) {
    const auto v = argmap::testing::version_of(text, lang);
    const argmap::TextForm form = argmap::text_form(v.structure, v.units);
    INFO(text);
    CHECK(form.title == 0);  // the question line
    CHECK(form.paragraphs == 4);
    CHECK(form.essay());
    CHECK(form.intro(3));
    CHECK(form.paragraph_last[3]);
    CHECK(form.conclusion(8));
    CHECK(form.paragraph_first[8]);
  }
}

TEST_CASE("role model: an essay's thesis ends its introduction and opens its conclusion",
          "[roles]") {
  for (const auto& [text, lang] :
       {std::pair{kEssayEn, Lang::kEn}, std::pair{kEssayZh, Lang::kZh}}) {
    const auto v = argmap::testing::version_of(text, lang);
    INFO(text);
    CHECK(v.graph.roles[0] == Role::kBackground);  // the prompt is not the thesis
    CHECK(v.graph.role_rules[0] == "title.prompt");
    CHECK(v.graph.roles[3] == Role::kMajorClaim);
    CHECK(v.graph.roles[8] == Role::kMajorClaim);
    const std::size_t majors =
        std::count(v.graph.roles.begin(), v.graph.roles.end(), Role::kMajorClaim);
    CHECK(majors == 2);
    // The two restate each other, and the stance cue (in my opinion, 我认为) counts.
    CHECK(feature(v.graph.role_scores[3], "restates_other_end") > 0.5);
    CHECK(feature(v.graph.role_scores[3], "stance_cue") == 1);
    // Both languages: the same features decide.
    CHECK(!v.graph.role_terms[3].empty());
  }
}

TEST_CASE("role model: the same essay gets the same roles in both languages", "[roles]") {
  const auto en = argmap::testing::version_of(kEssayEn, Lang::kEn);
  const auto zh = argmap::testing::version_of(kEssayZh, Lang::kZh);
  REQUIRE(en.units.size() == zh.units.size());
  CHECK(en.graph.roles == zh.graph.roles);
}

TEST_CASE("role model: a conclusion that sums up the reasons above counts as a restatement",
          "[roles]") {
  for (const auto& [text, from, to, lang] :
       {std::tuple{kEssayEn, "To sum up", "For the reasons above", Lang::kEn},
        std::tuple{kEssayZh, "总之", "基于上述理由", Lang::kZh}}) {
    std::string essay = text;
    essay.replace(essay.find(from), std::string(from).size(), to);
    const auto v = argmap::testing::version_of(essay, lang);
    INFO(essay);
    CHECK(feature(v.graph.role_scores[8], "summary_cue") == 1);
    CHECK(feature(v.graph.role_scores[3], "summary_cue") == 0);
    CHECK(v.graph.roles[8] == Role::kMajorClaim);
  }
}

TEST_CASE("role model: a part's runner-up within the margin states the thesis too", "[roles]") {
  const auto v = argmap::testing::version_of(kEssayEn, Lang::kEn);
  const argmap::Lexicon& en = argmap::testing::lexicons().en;
  argmap::RoleWeights weights = argmap::testing::lexicons().roles;
  auto graph_with = [&](std::optional<double> margin) {
    weights.second_thesis_margin = margin;
    return argmap::build_graph(v.structure, v.units, v.features, en, weights);
  };
  auto count_also = [](const argmap::Graph& g) {
    return std::count(g.role_rules.begin(), g.role_rules.end(), "thesis.also");
  };
  CHECK(count_also(graph_with(std::nullopt)) == 0);
  CHECK(count_also(graph_with(0.0)) == 0);  // no runner-up is within no margin
  const argmap::Graph wide = graph_with(100.0);
  REQUIRE(count_also(wide) > 0);
  for (std::size_t u = 0; u < v.units.size(); ++u) {
    if (wide.role_rules[u] != "thesis.also") continue;
    INFO(v.units[u].text);
    CHECK(wide.roles[u] == Role::kMajorClaim);
    CHECK(wide.role_scores[u].major > 0);
    const auto supports = std::find_if(wide.relations.begin(), wide.relations.end(),
                                       [u](const argmap::Relation& r) { return r.from == u; });
    REQUIRE(supports != wide.relations.end());
    CHECK(supports->rule == "thesis.also");
    CHECK(wide.roles[supports->to] == Role::kMajorClaim);
  }
}

TEST_CASE("role model: a one-sentence opening paragraph of a long essay is its prompt line",
          "[roles]") {
  // Ending in a full stop, the prompt is no title to the structure stage; its form makes it one.
  std::string text = kEssayEn;
  text.replace(0, text.find('\n'), "Cities should build bike lanes.");
  const auto v = argmap::testing::version_of(text, Lang::kEn);
  REQUIRE(v.units[0].kind == argmap::UnitKind::kSentence);
  const argmap::TextForm form = argmap::text_form(v.structure, v.units);
  CHECK(form.title == 0);
  CHECK(form.paragraphs == 4);
  CHECK(v.graph.roles[0] == Role::kBackground);
}

TEST_CASE("role model: a short untitled text has features of its own genre", "[roles]") {
  const auto v = argmap::testing::version_of(
      "垃圾在厨房里发臭。但德国产生的垃圾太多了。我们应该成为垃圾分类的先锋！\n", Lang::kZh);
  const argmap::TextForm form = argmap::text_form(v.structure, v.units);
  CHECK(!form.essay());
  CHECK(feature(v.graph.role_scores[0], "short_first_unit") == 1);
  CHECK(feature(v.graph.role_scores[2], "short_thesis_cue") == 1);
  CHECK(v.graph.roles[2] == Role::kMajorClaim);
}

TEST_CASE("role model: deciding terms are the largest contributions first", "[roles]") {
  argmap::RoleScore s;
  s.features = {{"bias", 1}, {"intro_last", 1}, {"hedge", 1}};
  const argmap::Weights w{{"bias", -0.5}, {"intro_last", 2}, {"hedge", -1}};
  const auto terms = argmap::deciding_terms(s, w, 2);
  REQUIRE(terms.size() == 2);
  CHECK(terms[0].feature == "intro_last");
  CHECK(terms[1].feature == "hedge");
  CHECK(terms[1].contribution == Approx(-1));
}

TEST_CASE("role model: weights that are no numbers are refused", "[roles]") {
  CHECK(argmap::parse_role_weights(R"({"major": {"weights": {"bias": 1}},
                                      "claim": {"weights": {"bias": -1}}})",
                                   "roles.json")
            .ok());
  const auto bad = argmap::parse_role_weights(R"({"major": {"weights": {"bias": "one"}},
                                                 "claim": {"weights": {}}})",
                                              "roles.json");
  REQUIRE(!bad.ok());
  CHECK(bad.error().message.find("role model") != std::string::npos);
}
