#include "argmap/graph.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "tests/testing.h"

using argmap::Lang;
using argmap::RelationType;
using argmap::Role;

namespace {

// The relation out of unit `from` (0-based); fails when there is none.
const argmap::Relation& out_of(const argmap::VersionAnalysis& v, std::size_t from) {
  for (const argmap::Relation& r : v.graph.relations) {
    if (r.from == from) return r;
  }
  FAIL("unit " << from << " has no relation");
  throw;
}

void check_relation(const argmap::VersionAnalysis& v, std::size_t from, RelationType type,
                    std::size_t to, const std::string& rule) {
  const argmap::Relation& r = out_of(v, from);
  INFO(v.units[from].text);
  CHECK(r.type == type);
  CHECK(r.to == to);
  CHECK(r.rule == rule);
}

// A relation the graph of a text is to hold, and the text with all it is to hold.
struct Expected {
  std::size_t from;
  RelationType type;
  std::size_t to;
  std::string rule;
};
struct GraphCase {
  Lang lang;
  std::string text;
  std::vector<Expected> relations;
};

void check_graphs(const std::vector<GraphCase>& cases) {
  for (const GraphCase& c : cases) {
    const auto v = argmap::testing::version_of(c.text, c.lang);
    for (const Expected& e : c.relations) check_relation(v, e.from, e.type, e.to, e.rule);
  }
}

}  // namespace

TEST_CASE("graph: the title is the major claim and numbered headings support it", "[graph]") {
  for (const auto& [text, lang] :
       {std::pair{std::string("标题\n\n引言。\n\n一、第一个论点\n\n论证。\n"), Lang::kZh},
        std::pair{std::string("Title\n\nIntro.\n\nI. First Point\n\nReason.\n"), Lang::kEn}}) {
    const auto v = argmap::testing::version_of(text, lang);
    CHECK(v.graph.roles[0] == Role::kMajorClaim);
    CHECK(v.graph.roles[2] == Role::kClaim);
    check_relation(v, 2, RelationType::kSupport, 0, "section.claim_supports_thesis");
    check_relation(v, 3, RelationType::kSupport, 2, "default.section_claim");
  }
}

TEST_CASE("graph: list items support their lead-in", "[graph]") {
  check_graphs({
      {Lang::kZh,
       "标题\n\n原因有两个：\n\n- 成本高\n- 效果差\n",
       {{2, RelationType::kSupport, 1, "list.item_supports_lead"},
        {3, RelationType::kSupport, 1, "list.item_supports_lead"}}},
      {Lang::kEn,
       "Title\n\nThere are two reasons:\n\n- It costs more\n- It works less\n",
       {{3, RelationType::kSupport, 1, "list.item_supports_lead"}}},
  });
}

TEST_CASE("graph: a contrastive turn attacks the view just stated, which becomes a conceded view",
          "[graph]") {
  const auto zh = argmap::testing::version_of(
      "标题\n\n这条路径确实有效。\n\n但一个关键问题始终被回避。\n", Lang::kZh);
  check_relation(zh, 2, RelationType::kAttack, 1, "contrast.rebuts_previous");
  CHECK(zh.graph.roles[2] == Role::kClaim);
  check_relation(zh, 1, RelationType::kAttack, 0, "contrast.conceded_view");
  const auto en = argmap::testing::version_of(
      "Title\n\nThis approach works.\n\nHowever, one question remains.\n", Lang::kEn);
  check_relation(en, 2, RelationType::kAttack, 1, "contrast.rebuts_previous");
  check_relation(en, 1, RelationType::kAttack, 0, "contrast.conceded_view");
}

TEST_CASE("graph: a turn after a list answers the list's lead-in", "[graph]") {
  check_graphs({
      {Lang::kEn,
       "Title\n\nMany systems can now:\n\n- Talk\n- Draw\n\nYet these remain surface phenomena.\n",
       {{4, RelationType::kAttack, 1, "contrast.rebuts_previous"}}},
      {Lang::kZh,
       "标题\n\n许多系统已经能够：\n\n- 模拟对话\n- 生成叙事\n\n但这些能力依旧属于外观层。\n",
       {{4, RelationType::kAttack, 1, "contrast.rebuts_previous"}}},
  });
}

TEST_CASE("graph: a reported opposing view attacks the claim and the answer attacks the view",
          "[graph]") {
  check_graphs({
      {Lang::kZh,
       "标题\n\n有人认为考试最公平。\n\n但这种公平只是形式上的。\n",
       {{1, RelationType::kAttack, 0, "view.reported_opposing"},
        {2, RelationType::kAttack, 1, "contrast.rebuts_previous"}}},
      {Lang::kEn,
       "Title\n\nThe prevailing assumption is that:\n\nSize will cause subjectivity to emerge.\n\n"
       "However:\n\n- Emergence needs structure\n- Scale amplifies limits\n",
       {{1, RelationType::kAttack, 0, "view.reported_opposing"},
        {2, RelationType::kSupport, 1, "lead_in.content"},
        {3, RelationType::kAttack, 1, "contrast.rebuts_previous"}}},
  });
}

TEST_CASE("graph: a bare concession attacks the claim and so does one answered in its sentence",
          "[graph]") {
  // 虽然…但… / although: the unit concedes a point against the claim and answers it itself.
  const auto en = argmap::testing::version_of(
      "Title\n\nAdmittedly, bike lanes cost money.\n\nAlthough they cost money, they pay back.\n",
      Lang::kEn);
  check_relation(en, 1, RelationType::kAttack, 0, "concession.concedes");
  check_relation(en, 2, RelationType::kAttack, 0, "concession.exchange");
  CHECK(en.graph.roles[2] == Role::kClaim);
  const auto zh = argmap::testing::version_of(
      "标题\n\n诚然，自行车道需要投入。\n\n虽然需要投入，但回报更大。\n", Lang::kZh);
  check_relation(zh, 1, RelationType::kAttack, 0, "concession.concedes");
  check_relation(zh, 2, RelationType::kAttack, 0, "concession.exchange");
  // A dash sets off the answer as a comma does.
  for (const char* dash : {" -- ", " \u2014 "}) {
    const auto dashed = argmap::testing::version_of(
        std::string("Title\n\nAdmittedly, bike lanes cost money.\n\nAlthough they cost money") +
            dash + "they pay back.\n",
        Lang::kEn);
    INFO(dash);
    check_relation(dashed, 2, RelationType::kAttack, 0, "concession.exchange");
  }
}

TEST_CASE("graph: a hedged or granted point answered by but in the same sentence is an exchange",
          "[graph]") {
  const auto en = argmap::testing::version_of(
      "Title\n\nLanes may cost money at first, but they pay back within years.\n\n"
      "Granted, drivers lose space, yet everyone gains safety.\n\nRiders are happy.\n",
      Lang::kEn);
  check_relation(en, 1, RelationType::kAttack, 0, "concession.exchange");
  check_relation(en, 2, RelationType::kAttack, 0, "concession.exchange");
  check_relation(en, 3, RelationType::kSupport, 0, "default.section_claim");
  // "X, but they Y" goes on about X's subject and is no exchange, nor is the "but" of "not X but
  // Y" or of "not only X but Y".
  const auto plain = argmap::testing::version_of(
      "Title\n\nLanes are cheap, but they take space.\n\n"
      "What we may lack is not money but resolve.\n\n"
      "Lanes are not only cheap, but also safe.\n",
      Lang::kEn);
  CHECK(out_of(plain, 1).type == RelationType::kSupport);
  CHECK(out_of(plain, 2).rule == "correction.claim");
  CHECK(out_of(plain, 3).type == RelationType::kSupport);
  const auto zh = argmap::testing::version_of(
      "标题\n\n尽管车道占用了空间，大家的安全却得到了保障。\n\n骑车的人很高兴。\n", Lang::kZh);
  check_relation(zh, 1, RelationType::kAttack, 0, "concession.exchange");
  check_relation(zh, 2, RelationType::kSupport, 0, "default.section_claim");
}

TEST_CASE("graph: a point answered by a but-clause with its own subject attacks the claim",
          "[graph]") {
  const auto en = argmap::testing::version_of(
      "Title\n\nAs a boy he did scuffle with the others, but that hardly counts as a brawl.\n\n"
      "I think we should keep exams, but their weight must fall.\n\n"
      "Such systems can expand capability, but they remain confined to one tier.\n",
      Lang::kEn);
  check_relation(en, 1, RelationType::kAttack, 0, "contrast.answers_within");
  CHECK(en.graph.roles[1] == Role::kPremise);
  // The author's own stated position, qualified, and a subject described, attack nothing.
  CHECK(out_of(en, 2).type == RelationType::kSupport);
  CHECK(out_of(en, 3).type == RelationType::kSupport);
  // 却 stands after its subject: "X，却 Y" goes on about X's subject; 但 opens its own clause.
  const auto zh = argmap::testing::version_of(
      "标题\n\n他小时候和别人打过架，但那根本算不上斗殴。\n\n"
      "这类系统可以无限增强能力，却始终停留在同一个结构层级。\n\n"
      "这类系统可以增强能力，但它们始终停留在同一层级。\n",
      Lang::kZh);
  check_relation(zh, 1, RelationType::kAttack, 0, "contrast.answers_within");
  CHECK(out_of(zh, 2).type == RelationType::kSupport);
  CHECK(out_of(zh, 3).type == RelationType::kSupport);
}

TEST_CASE("graph: a contrastive adverb inside the first clause turns against the unit before",
          "[graph]") {
  const auto en = argmap::testing::version_of(
      "Title\n\nI. Point\n\nLanes are expensive.\n\nThe benefit, however, is larger.\n\n"
      "The cost however falls every year.\n",
      Lang::kEn);
  check_relation(en, 3, RelationType::kAttack, 2, "contrast.rebuts_previous");
  check_relation(en, 4, RelationType::kAttack, 3, "contrast.rebuts_previous");
  // Chinese contrast connectives count at a clause start: 却 after a comma contrasts inside its
  // own sentence and does not turn against the unit before.
  const auto zh = argmap::testing::version_of(
      "标题\n\n一、论点\n\n车道很贵。\n\n系统很快，却不稳定。\n", Lang::kZh);
  CHECK(out_of(zh, 3).rule != "contrast.rebuts_previous");
}

TEST_CASE("graph: a result connective makes a claim drawn from the unit before", "[graph]") {
  const auto zh = argmap::testing::version_of(
      "标题\n\n一、论点\n\n成本在上升。\n\n因此，我们需要改变方向。\n", Lang::kZh);
  CHECK(zh.graph.roles[3] == Role::kClaim);
  check_relation(zh, 3, RelationType::kSupport, 1, "result.claim_supports_section");
  check_relation(zh, 2, RelationType::kSupport, 3, "result.concludes_from_previous");
  const auto en = argmap::testing::version_of(
      "Title\n\nI. Point\n\nCosts are rising.\n\nTherefore, we need a new direction.\n", Lang::kEn);
  check_relation(en, 3, RelationType::kSupport, 1, "result.claim_supports_section");
  check_relation(en, 2, RelationType::kSupport, 3, "result.concludes_from_previous");
}

TEST_CASE("graph: cause and example connectives support the unit before", "[graph]") {
  check_graphs({
      {Lang::kZh,
       "标题\n\n城市应该修建车道。\n\n因为骑车的人越来越多。\n\n例如，哥本哈根的骑行者增加了。\n",
       {{2, RelationType::kSupport, 1, "cause.supports_previous"},
        {3, RelationType::kSupport, 2, "example.supports_previous"}}},
      {Lang::kEn,
       "Title\n\nCities should build lanes.\n\nBecause more people ride.\n\n"
       "For example, riders in Copenhagen increased.\n",
       {{2, RelationType::kSupport, 1, "cause.supports_previous"},
        {3, RelationType::kSupport, 2, "example.supports_previous"}}},
  });
}

TEST_CASE("graph: an additive connective runs parallel to the unit before", "[graph]") {
  check_graphs({
      {Lang::kEn,
       "Title\n\nI. Point\n\nLanes are safe.\n\nMoreover, lanes are cheap.\n",
       {{3, RelationType::kSupport, 1, "addition.parallel"}}},
      {Lang::kZh,
       "标题\n\n一、论点\n\n车道很安全。\n\n此外，车道很便宜。\n",
       {{3, RelationType::kSupport, 1, "addition.parallel"}}},
  });
}

TEST_CASE("graph: an additive connective after an answered attack supports the claim", "[graph]") {
  check_graphs({
      {Lang::kEn,
       "Title\n\nI. Point\n\nSome argue lanes are costly.\n\nBut they pay back.\n\n"
       "Moreover, lanes are safe.\n",
       {{3, RelationType::kAttack, 2, "contrast.rebuts_previous"},
        {4, RelationType::kSupport, 1, "addition.after_attack"}}},
      {Lang::kZh,
       "标题\n\n一、论点\n\n有人认为车道成本太高。\n\n但车道会带来回报。\n\n此外，车道很安全。\n",
       {{4, RelationType::kSupport, 1, "addition.after_attack"}}},
  });
}

TEST_CASE("graph: a lead-in is supported by the sentence that completes it", "[graph]") {
  check_graphs({
      {Lang::kZh,
       "标题\n\n它至少需要具备一个条件：\n\n系统必须维持一个内部中心。\n",
       {{2, RelationType::kSupport, 1, "lead_in.content"}}},
      {Lang::kEn,
       "Title\n\nAt minimum, it requires this:\n\nA system must sustain a center.\n",
       {{2, RelationType::kSupport, 1, "lead_in.content"}}},
  });
}

TEST_CASE("graph: corrections and claim cues make claims", "[graph]") {
  const auto zh = argmap::testing::version_of(
      "标题\n\n这不是速度问题，而是方向问题。\n\n我们必须改变方向。\n\n天气很好。\n", Lang::kZh);
  check_relation(zh, 1, RelationType::kSupport, 0, "correction.claim");
  check_relation(zh, 2, RelationType::kSupport, 0, "cue.claim");
  check_relation(zh, 3, RelationType::kSupport, 0, "default.section_claim");
  CHECK(zh.graph.roles[1] == Role::kClaim);
  CHECK(zh.graph.roles[3] == Role::kPremise);
  const auto en = argmap::testing::version_of(
      "Title\n\nThis is not a matter of speed but of direction.\n\nWe must change course.\n",
      Lang::kEn);
  check_relation(en, 1, RelationType::kSupport, 0, "correction.claim");
  check_relation(en, 2, RelationType::kSupport, 0, "cue.claim");
  const auto dash = argmap::testing::version_of(
      "Title\n\nThis is not an engineering bottleneck — it is a directional one.\n", Lang::kEn);
  check_relation(dash, 1, RelationType::kSupport, 0, "correction.claim");
}

TEST_CASE("graph: the last sentence of a closing section restates the thesis", "[graph]") {
  const auto en = argmap::testing::version_of(
      "Title\n\nIntro.\n\nConclusion\n\nSo much for that.\n\nScale alone will not do it.\n",
      Lang::kEn);
  CHECK(en.graph.roles[2] == Role::kBackground);
  CHECK(en.graph.roles[4] == Role::kMajorClaim);
  check_relation(en, 4, RelationType::kSupport, 0, "thesis.closing_restates");
  const auto zh = argmap::testing::version_of(
      "标题\n\n引言。\n\n结语\n\n如此而已。\n\n规模本身无法做到。\n", Lang::kZh);
  CHECK(zh.graph.roles[4] == Role::kMajorClaim);
}

TEST_CASE("graph: without a title the unit that takes a position is the major claim", "[graph]") {
  const auto en = argmap::testing::version_of(
      "Bins stink in the kitchen. But Germany produces too much rubbish. "
      "We should become pioneers in waste separation!\n",
      Lang::kEn);
  CHECK(en.graph.roles[2] == Role::kMajorClaim);
  CHECK(en.graph.role_rules[2] == "thesis.model");
  // The explanation names the features that decided, the claim cue among them.
  const auto& terms = en.graph.role_terms[2];
  CHECK(std::any_of(terms.begin(), terms.end(), [](const argmap::Term& t) {
    return t.feature == "short_thesis_cue" && t.contribution > 0;
  }));
}

TEST_CASE("graph: without a title a conclusion drawn inside a sentence raises its thesis score",
          "[graph]") {
  // "X is therefore Y" scores above the same sentence without "therefore", in both languages.
  const auto score = [](const std::string& text, Lang lang) {
    return argmap::testing::version_of(text, lang).graph.role_scores[1].major;
  };
  CHECK(score("Dogs foul the pavements. Higher fines are therefore the right measure. "
              "Officers can enforce them.\n",
              Lang::kEn) > score("Dogs foul the pavements. Higher fines are the right measure. "
                                 "Officers can enforce them.\n",
                                 Lang::kEn));
  CHECK(score("狗主人很少清理人行道。提高罚款因此是正确的办法。巡查员可以执行。\n", Lang::kZh) >
        score("狗主人很少清理人行道。提高罚款是正确的办法。巡查员可以执行。\n", Lang::kZh));
}

TEST_CASE("graph: every unit but a major claim is connected and there are no cycles", "[graph]") {
  using argmap::testing::corpus;
  for (const char* name : {"scaling-compute-agi.zh-en.txt", "exam-education.zh-en.md",
                           "open-source-funding.interleaved.zh-en.txt"}) {
    auto a = argmap::testing::analyse_texts({argmap::testing::read_file(corpus(name))});
    REQUIRE(a.ok());
    for (const auto& v : a.value().versions) {
      std::vector<std::size_t> out(v.units.size(), static_cast<std::size_t>(-1));
      for (const auto& r : v.graph.relations) out[r.from] = r.to;
      for (std::size_t u = 0; u < v.units.size(); ++u) {
        INFO(name << " " << v.units[u].text);
        if (v.graph.roles[u] != Role::kMajorClaim) CHECK(out[u] != static_cast<std::size_t>(-1));
        std::size_t at = u, steps = 0;
        while (at != static_cast<std::size_t>(-1) && steps <= v.units.size()) at = out[at], ++steps;
        CHECK(steps <= v.units.size());
      }
    }
  }
}

TEST_CASE("graph: a conclusion connective restates the thesis", "[graph]") {
  const auto en = argmap::testing::version_of(
      "Title\n\nI. Point\n\nLanes are safe.\n\nIn conclusion, cities need more lanes.\n",
      Lang::kEn);
  check_relation(en, 3, RelationType::kSupport, 0, "conclusion.restates_thesis");
  CHECK(en.graph.roles[3] == Role::kClaim);
  const auto zh = argmap::testing::version_of(
      "标题\n\n一、论点\n\n车道很安全。\n\n总之，城市需要更多车道。\n", Lang::kZh);
  check_relation(zh, 3, RelationType::kSupport, 0, "conclusion.restates_thesis");
}

TEST_CASE("graph: a closing heading is background linked to the thesis", "[graph]") {
  const auto en = argmap::testing::version_of(
      "Title\n\nI. Point\n\nLanes are safe.\n\nConclusion\n\nSo be it.\n", Lang::kEn);
  CHECK(en.graph.roles[3] == Role::kBackground);
  check_relation(en, 3, RelationType::kSupport, 0, "heading.closing");
  const auto zh = argmap::testing::version_of(
      "标题\n\n一、论点\n\n车道很安全。\n\n结语\n\n如此而已。\n", Lang::kZh);
  CHECK(zh.graph.roles[3] == Role::kBackground);
  check_relation(zh, 3, RelationType::kSupport, 0, "heading.closing");
}

TEST_CASE("graph: list items without a lead-in support their section's claim", "[graph]") {
  check_graphs({
      {Lang::kEn,
       "Title\n\nI. Point\n\n- Lanes are safe\n- Lanes are cheap\n",
       {{2, RelationType::kSupport, 1, "list.item_default"},
        {3, RelationType::kSupport, 1, "list.item_default"}}},
      {Lang::kZh,
       "标题\n\n一、论点\n\n- 车道很安全\n- 车道很便宜\n",
       {{2, RelationType::kSupport, 1, "list.item_default"}}},
  });
}

TEST_CASE("graph: a subheading supports its section's claim", "[graph]") {
  check_graphs({
      {Lang::kEn,
       "# Title\n\n## I. Lanes\n\nText.\n\n### Safety\n\nMore text.\n",
       {{3, RelationType::kSupport, 1, "heading.subheading"}}},
      {Lang::kZh,
       "# 标题\n\n## 一、车道\n\n正文。\n\n### 安全\n\n更多正文。\n",
       {{3, RelationType::kSupport, 1, "heading.subheading"}}},
  });
}

TEST_CASE("graph: a version of headings only takes its first heading as the major claim",
          "[graph]") {
  for (const auto& [text, lang] :
       {std::pair{std::string("## 一、车道\n\n## 二、安全\n"), Lang::kZh},
        std::pair{std::string("## I. Lanes\n\n## II. Safety\n"), Lang::kEn}}) {
    const auto v = argmap::testing::version_of(text, lang);
    REQUIRE(v.units.size() == 2);
    CHECK(v.graph.roles[0] == Role::kMajorClaim);
    check_relation(v, 1, RelationType::kSupport, 0, "section.claim_supports_thesis");
  }
}

TEST_CASE("graph: So and And opening sentence after sentence narrate, they conclude nothing",
          "[graph]") {
  const std::string told =
      "I wanted a home for my drawings.\n\nSo I built more boxes.\n\nSo I tried using glass.\n\n"
      "So the work grew larger.\n\nAnd the boxes filled the room.\n\nSo I moved to a studio.\n";
  const auto en = argmap::testing::version_of(told, Lang::kEn);
  for (std::size_t u = 1; u < en.units.size(); ++u) {
    INFO(en.units[u].text);
    CHECK(en.features[u].opening() == nullptr);
    CHECK(en.graph.role_rules[u] != "result.claim");
  }
  const auto zh = argmap::testing::version_of(
      "我想给我的画找个家。\n\n所以我做了更多盒子。\n\n于是我试着用玻璃。\n\n所以作品越来越大。\n\n"
      "那么盒子装满了房间。\n\n所以我搬进了工作室。\n",
      Lang::kZh);
  for (std::size_t u = 1; u < zh.units.size(); ++u) CHECK(zh.graph.role_rules[u] != "result.claim");
  // One So in a written argument still draws its conclusion.
  const auto argued = argmap::testing::version_of(
      "Cars pollute the air.\n\nThey are noisy.\n\nSo cities should limit cars.\n", Lang::kEn);
  CHECK(argued.features[2].opening()->senses.front() == argmap::Sense::kResult);
  CHECK(argued.graph.roles[2] != Role::kPremise);
}
