#include "argmap/alignment.h"

#include <catch2/catch.hpp>
#include <tuple>

#include "tests/review_testing.h"
#include "tests/testing.h"

using argmap::Lang;

namespace {

argmap::Analysis aligned(const std::string& zh, const std::string& en,
                         argmap::UnitMode units = argmap::UnitMode::kAuto) {
  std::vector<argmap::Input> inputs{*argmap::make_input("zh.txt", zh),
                                    *argmap::make_input("en.txt", en)};
  argmap::AnalyseOptions o;
  o.align = true;
  o.split.units = units;
  auto a = argmap::analyse(std::move(inputs), o, argmap::testing::lexicons());
  REQUIRE(a.ok());
  return std::move(a.value());
}

// Links as "zh-count:en-count" in order, e.g. {"1:1", "1:0"}.
std::vector<std::string> shape(const argmap::Analysis& a) {
  std::vector<std::string> out;
  for (const argmap::Link& l : a.alignment->links) {
    out.push_back(std::to_string(l.zh.size()) + ":" + std::to_string(l.en.size()));
  }
  return out;
}

}  // namespace

TEST_CASE("alignment: numbered sections pair by number and a missing one is reported",
          "[alignment]") {
  const auto a = aligned("标题\n\n一、第一\n\n第一句。\n\n二、第二\n\n第二句。\n",
                         "Title\n\nII. Second\n\nThe second sentence.\n");
  REQUIRE(a.alignment->sections.size() == 3);
  CHECK(a.alignment->sections[0].en == 0u);              // preambles
  CHECK_FALSE(a.alignment->sections[1].en.has_value());  // section 1 only in Chinese
  CHECK(a.alignment->sections[2].en == 1u);
  CHECK(shape(a) == std::vector<std::string>{"1:1", "1:0", "1:0", "1:1", "1:1"});
}

TEST_CASE("alignment: reordered sections are detected and still aligned", "[alignment]") {
  const auto a = aligned("一、甲\n\n甲的内容很长很长。\n\n二、乙\n\n乙。\n",
                         "II. B\n\nB.\n\nI. A\n\nThe content of A is very long indeed.\n");
  CHECK(a.alignment->sections_reordered);
  for (const argmap::Link& l : a.alignment->links) {
    CHECK(l.zh.size() == 1);
    CHECK(l.en.size() == 1);
  }
}

TEST_CASE("alignment: an empty section and a section in one version only", "[alignment]") {
  const auto a = aligned("一、空\n\n二、有\n\n内容。\n",
                         "I. Empty\n\nII. Full\n\nContent.\n\nIII. Extra\n\nMore.\n");
  CHECK(shape(a) == std::vector<std::string>{"1:1", "1:1", "1:1", "0:1", "0:1"});
}

TEST_CASE("alignment: a list rendered as one sentence is a 3-1 link", "[alignment]") {
  const auto a =
      aligned("后果是多方面的：\n\n- 焦虑和抑郁\n- 近视率持续上升\n- 对学习失去兴趣\n",
              "The effects are wide-ranging.\n\nStudents suffer from anxiety and depression, from "
              "rising myopia and from a loss of interest in learning.\n");
  CHECK(shape(a) == std::vector<std::string>{"1:1", "3:1"});
}

TEST_CASE("alignment: 1000-unit sections align one to one along the diagonal", "[alignment]") {
  std::string zh, en;
  for (int i = 0; i < 1000; ++i) {
    zh += "这是第" + std::to_string(i) + "个句子，它说明了一个不同的观点。\n\n";
    en += "This is sentence " + std::to_string(i) + ", which makes a different point.\n\n";
  }
  const auto a = aligned(zh, en);
  REQUIRE(a.alignment->links.size() == 1000);
  for (std::size_t i = 0; i < 1000; ++i) {
    CHECK(a.alignment->links[i].zh == std::vector<std::size_t>{i});
    CHECK(a.alignment->links[i].en == std::vector<std::size_t>{i});
  }
}

TEST_CASE("alignment: one version much longer than the other leaves the extra units unlinked",
          "[alignment]") {
  std::string zh = "只有一句。\n", en = "Only one sentence here.\n\n";
  for (int i = 0; i < 200; ++i)
    en += "An added sentence number " + std::to_string(i) + " of no counterpart.\n\n";
  const auto a = aligned(zh, en);
  std::size_t en_units = 0, linked_pairs = 0;
  for (const argmap::Link& l : a.alignment->links) {
    en_units += l.en.size();
    linked_pairs += (!l.zh.empty() && !l.en.empty()) ? 1 : 0;
  }
  CHECK(en_units == 201);
  CHECK(linked_pairs == 1);
}

TEST_CASE("alignment: pre-segmented lines align line by line", "[alignment]") {
  const auto a =
      aligned("第一行。\n第二行，有数字3。\n",
              "The first line.\nThe second line, with the number 3.\n", argmap::UnitMode::kLines);
  CHECK(shape(a) == std::vector<std::string>{"1:1", "1:1"});
}

TEST_CASE("alignment: relations are mapped through the unit links", "[alignment]") {
  const auto a = aligned("标题\n\n这条路有效。\n\n但问题被回避了。\n",
                         "Title\n\nThis path works.\n\nBut the question was avoided.\n");
  std::size_t same = 0;
  for (const argmap::RelationLink& r : a.alignment->relations)
    same += r.match == argmap::RelationMatch::kSame;
  CHECK(same == a.alignment->relations.size());
  CHECK(same == 4);  // two relations in each graph
}

TEST_CASE("link_index maps every unit of one side to the link holding it", "[alignment]") {
  const auto a =
      aligned("标题\n\n第一句。第二句。\n", "Title\n\nThe first sentence. The second one.\n");
  const std::vector<argmap::Link>& links = a.alignment->links;
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    const std::size_t n = a.find(lang)->units.size();
    const std::vector<std::size_t> of = argmap::link_index(links, lang, n, 99);
    REQUIRE(of.size() == n);
    for (std::size_t u = 0; u < n; ++u) {
      const auto& side = lang == Lang::kZh ? links.at(of[u]).zh : links.at(of[u]).en;
      CHECK(std::find(side.begin(), side.end(), u) != side.end());
    }
  }
  const std::vector<std::size_t> none = argmap::link_index({}, Lang::kZh, 2, 99);
  CHECK(none == std::vector<std::size_t>{99, 99});
}

TEST_CASE("alignment: the English anchors mark which words are content words", "[alignment]") {
  const auto a = aligned("算力不是智能。\n", "The 3 GPUs of a lab are not intelligence.\n");
  REQUIRE(a.alignment->anchors.en.size() == 1);
  const argmap::Anchors& en = a.alignment->anchors.en[0];
  const argmap::EnglishWords& words = a.alignment->anchors.words;
  REQUIRE(en.words.size() == 9);  // every word, once per place it stands
  std::vector<std::string> content;
  for (int w : en.words) {
    if (words.content.at(static_cast<std::size_t>(w)))
      content.push_back(words.names[static_cast<std::size_t>(w)]);
  }
  // Stopwords (the, of, are, not), a single letter and a word opening with a digit are not.
  CHECK(content == std::vector<std::string>{"gpus", "lab", "intelligence"});
}

TEST_CASE("alignment: an English word is numbered once, lowercased, with one stem", "[alignment]") {
  const auto a = aligned("车道很安全。车道很便宜。\n",
                         "Lanes are safe. The lanes are cheap, and LANES last.\n");
  const argmap::AnchorSet& set = a.alignment->anchors;
  std::vector<int> lanes;
  for (const argmap::Anchors& e : set.en) {
    for (int w : e.words) {
      if (set.words.names.at(static_cast<std::size_t>(w)) == "lanes") lanes.push_back(w);
    }
  }
  REQUIRE(lanes.size() == 3);  // Lanes, lanes and LANES are one word
  CHECK(std::count(lanes.begin(), lanes.end(), lanes[0]) == 3);
  CHECK(set.stem_names.at(static_cast<std::size_t>(set.words.stems[lanes[0]])) == "lane");
}

TEST_CASE("alignment: Chinese Latin tokens are kept as written and found in any case",
          "[alignment]") {
  const auto with = aligned("用GPT写作。\n", "Writing with GPT.\n");
  REQUIRE(with.alignment->anchors.zh.size() == 1);
  CHECK(with.alignment->anchors.zh[0].latin == std::vector<std::string>{"GPT"});
  const auto without = aligned("用GPT写作。\n", "Writing with a model.\n");
  const auto agree = [](const argmap::Analysis& a) {
    const argmap::Agreement g = argmap::feature_agreement(a.alignment->anchors, 0, 1, 0, 1);
    return g.score / g.weight;
  };
  // The English words are lowercased ("gpt"); the token still counts as found.
  CHECK(agree(with) > agree(without));
}

TEST_CASE("alignment: each Chinese dictionary word knows its byte offset and clause",
          "[alignment]") {
  const std::string zh = "城市应该修建车道，车道让骑车更安全。";
  const auto a =
      argmap::testing::review_lines(zh, "Cities should build lanes, and lanes make riding safer.");
  const argmap::Anchors& z = a.alignment->anchors.zh.at(0);
  REQUIRE_FALSE(z.places.empty());
  // The words cover the Han text in order: 城市 应该 修建 车道 ， 车道 让 骑车 更 安全 。
  std::vector<std::string> words;
  std::size_t pos = 0;
  for (const argmap::WordPlace& w : z.places) {
    const std::string word(argmap::word_text(zh, w));
    CHECK(w.start == zh.find(word, pos));  // the words stand in order
    CHECK(w.clause == (w.start < zh.find("，") ? 0 : 1));
    pos = w.start + w.length;
    words.push_back(word);
  }
  CHECK(words.front() == "城市");
  CHECK(std::find(words.begin(), words.end(), "修建") != words.end());
  // One number per word: the same word twice is the same word, with one list of glosses.
  std::vector<std::int32_t> lanes;
  for (const argmap::WordPlace& w : z.places) {
    if (argmap::word_text(zh, w) == "车道") lanes.push_back(w.word);
  }
  REQUIRE(lanes.size() == 2);
  CHECK(lanes[0] == lanes[1]);
  CHECK_FALSE(a.alignment->anchors.glosses_of(z.places.front()).empty());  // 城市: city
}

TEST_CASE("alignment: the clauses of a Chinese unit are spans of its text between marks",
          "[alignment]") {
  // The clause marks are the lexicon's (，；： and the like); a clause may open with no word.
  const std::string zh = "首先，“城市”应该修建车道；车道让骑车更安全。";
  const auto a = argmap::testing::review_lines(zh, "First, cities should build lanes; lanes help.");
  const argmap::AnchorSet& set = a.alignment->anchors;
  const std::string_view text = a.find(argmap::Lang::kZh)->units.at(0).text;
  CHECK(argmap::clause_text(set, 0, text, 0) == "首先");
  CHECK(argmap::clause_text(set, 0, text, 1) == "“城市”应该修建车道");
  CHECK(argmap::clause_text(set, 0, text, 2) == "车道让骑车更安全。");
  CHECK(argmap::clause_text(set, 0, text, 3).empty());
  // Every word's clause is the one whose span holds it.
  const argmap::Anchors& z = set.zh.at(0);
  for (const argmap::WordPlace& w : z.places) {
    const std::string_view clause = argmap::clause_text(set, 0, text, w.clause);
    const std::size_t from = static_cast<std::size_t>(clause.data() - text.data());
    CHECK(w.start >= from);
    CHECK(w.start + w.length <= from + clause.size());
  }
}

TEST_CASE("alignment: sections shared between two threads align as on one", "[alignment]") {
  // The cycling essay eight times over: many short sections, split between the threads.
  std::string zh, en;
  for (int k = 0; k < 8; ++k) {
    zh += argmap::testing::read_file(argmap::testing::corpus("cycling-cities.zh.md")) + "\n";
    en += argmap::testing::read_file(argmap::testing::corpus("cycling-cities.en.md")) + "\n";
  }
  auto links = [&](unsigned threads) {
    std::vector<argmap::Input> inputs{*argmap::make_input("zh.md", zh),
                                      *argmap::make_input("en.md", en)};
    argmap::AnalyseOptions o;
    o.align = true, o.threads = threads;
    auto a = argmap::analyse(std::move(inputs), o, argmap::testing::lexicons());
    REQUIRE(a.ok());
    REQUIRE(a.value().doc.versions.size() == 2u);
    std::vector<std::tuple<std::vector<std::size_t>, std::vector<std::size_t>, double>> out;
    for (const argmap::Link& l : a.value().alignment->links) out.emplace_back(l.zh, l.en, l.score);
    return out;
  };
  const auto one = links(1);
  CHECK(one.size() > 100u);
  CHECK(one == links(2));
}
