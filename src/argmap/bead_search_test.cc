#include "argmap/bead_search.h"

#include <catch2/catch.hpp>
#include <string>
#include <tuple>

#include "argmap/alignment.h"
#include "argmap/learned_lexicon.h"
#include "tests/testing.h"

namespace {

// A pre-segmented pair of `n` English lines of varied length; the Chinese renders every third
// line as two lines (as the Chinese Bible splits verses at sentence ends).
std::pair<std::string, std::string> split_every_third(int n) {
  std::string zh, en;
  for (int i = 0; i < n; ++i) {
    const int words = 3 + (i * 7) % 11;
    std::string e = "Line";
    for (int w = 0; w < words; ++w) e += " word";
    en += e + ".\n";
    const int chars = words * 4 / 3 + 1;
    std::string z;
    for (int c = 0; c < chars; ++c) z += "天";
    if (i % 3 == 2) {
      zh += z + "。\n" + z + "。\n";
      continue;
    }
    zh += z + z + z.substr(0, (chars / 2) * std::string("天").size()) + "。\n";
  }
  return {zh, en};
}

}  // namespace

TEST_CASE("bead search: a long pre-segmented text keeps its 2-1 beads without drifting",
          "[alignment][bead_search]") {
  const auto [zh, en] = split_every_third(600);  // one section, far longer than the band
  auto zh_input = argmap::make_input("zh.txt", zh), en_input = argmap::make_input("en.txt", en);
  REQUIRE(zh_input.ok());
  REQUIRE(en_input.ok());
  std::vector<argmap::Input> inputs{*zh_input, *en_input};
  argmap::AnalyseOptions o;
  o.align = true;
  o.split.units = argmap::UnitMode::kLines;
  auto a = argmap::analyse(std::move(inputs), o, argmap::testing::lexicons());
  INFO((a.ok() ? std::string() : a.error().message));
  REQUIRE(a.ok());
  const auto& links = a.value().alignment->links;
  REQUIRE(links.size() == 600u);
  std::size_t right = 0;
  for (std::size_t i = 0; i < links.size(); ++i) {
    const std::size_t want = i % 3 == 2 ? 2 : 1;
    right += links[i].zh.size() == want && links[i].en.size() == 1 && links[i].en[0] == i ? 1 : 0;
  }
  CHECK(right >= 590u);
}

TEST_CASE("bead search: the end of the text is reached however far the sides differ",
          "[alignment][bead_search]") {
  argmap::AnchorSet set;
  set.zh.resize(2);
  set.en.resize(400);
  for (auto& u : set.zh) u.letters = 10;
  for (auto& u : set.en) u.letters = 30;
  const argmap::AlignmentModel& m = argmap::testing::lexicons().zh.alignment;
  argmap::BeadSearchInput in{&set, &m, {0, 1}, {}, false, 1.1, {}};
  for (std::size_t e = 0; e < 400; ++e) in.en.push_back(e);
  const argmap::BeadPath path = argmap::search_beads(in);
  std::size_t zh = 0, en = 0;
  for (const argmap::PathBead& b : path.beads) zh += b.zh_count, en += b.en_count;
  CHECK(zh == 2u);
  CHECK(en == 400u);
}

TEST_CASE("bead search: the beam drops only cells no cheapest path goes through",
          "[alignment][bead_search]") {
  // Units of varied length, a 2-1 every third line: the path of the full band, the same with
  // the model's beam, and with a beam so tight it keeps almost nothing but the row's best.
  argmap::AnchorSet set;
  argmap::BeadSearchInput in;
  for (std::size_t i = 0; i < 300; ++i) {
    set.en.emplace_back().letters = 20.0 + static_cast<double>((i * 7) % 31);
    for (std::size_t k = 0; k < (i % 3 == 2 ? 2u : 1u); ++k) {
      in.zh.push_back(set.zh.size());
      set.zh.emplace_back().letters = set.en.back().letters / (i % 3 == 2 ? 4.0 : 2.0);
    }
    in.en.push_back(i);
  }
  argmap::AlignmentModel m = argmap::testing::lexicons().zh.alignment;
  REQUIRE(m.beam > 0);
  in.anchors = &set, in.log_ratio = document_log_ratio(set);
  auto kinds = [&](double beam) {
    m.beam = beam;
    in.model = &m;
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (const argmap::PathBead& b : argmap::search_beads(in).beads)
      out.emplace_back(b.zh_count, b.en_count);
    return out;
  };
  const auto full = kinds(0), beamed = kinds(argmap::testing::lexicons().zh.alignment.beam);
  CHECK(beamed == full);
  std::size_t zh = 0, en = 0;
  for (const auto& [z, e] : kinds(0.01)) zh += z, en += e;
  CHECK(zh == in.zh.size());
  CHECK(en == in.en.size());
}

namespace {

// Four linked pairs over the stems 0 lord, 1 said, 2 moses: each Chinese unit holds 耶和华
// (word 0), which has no gloss, and 摩西 (word 1), glossed "moses" already; "said" stands in
// the first `said` English units.
argmap::AnchorSet moses_pairs(int said, std::vector<argmap::UnitPair>& links) {
  argmap::AnchorSet set;
  set.glosses = {{}, {2}};
  for (int k = 0; k < 4; ++k) {
    argmap::Anchors z;
    z.places = {{0, 9, 0, 0}, {9, 6, 0, 1}};
    set.zh.push_back(z);
    argmap::Anchors e;
    e.stems = k < said ? std::vector<int>{0, 1, 2} : std::vector<int>{0, 2};
    set.en.push_back(e);
    links.push_back({{static_cast<std::size_t>(k)}, {static_cast<std::size_t>(k)}});
  }
  return set;
}

// The built-in alignment model, learning a gloss from two links already.
argmap::AlignmentModel learning_model() {
  argmap::AlignmentModel m = argmap::testing::lexicons().zh.alignment;
  m.learn_min_count = 2;
  return m;
}

}  // namespace

TEST_CASE("learned lexicon: a word the dictionary does not gloss learns its stem from the links",
          "[alignment][learned_lexicon]") {
  std::vector<argmap::UnitPair> links;
  argmap::AnchorSet set = moses_pairs(2, links);
  argmap::AlignmentModel m = learning_model();
  m.learn_min_dice = 0.3;
  CHECK(argmap::learn_glosses(set, links, m) == 1u);
  for (const argmap::Anchors& z : set.zh) {
    // lord: in all four links, said in two; 摩西's dictionary gloss met: nothing learned.
    CHECK(set.glosses_of(z.places[0]) == std::vector<int>{0});
    CHECK(set.glosses_of(z.places[1]) == std::vector<int>{2});
  }
}

TEST_CASE("learned lexicon: the stems learned in place are taken off again, the dictionary's alone",
          "[alignment][learned_lexicon]") {
  // 耶和华 learns lord; 摩西 keeps moses.
  std::vector<argmap::UnitPair> links;
  argmap::AnchorSet set = moses_pairs(4, links);
  argmap::AlignmentModel m = learning_model();
  std::vector<argmap::LearnedGloss> added;
  CHECK(argmap::learn_glosses(set, links, m, &added) == 1u);
  REQUIRE(added.size() == 1u);  // 耶和华, whose four places share its glosses
  CHECK(added[0].word == 0u);
  CHECK(set.glosses_of(set.zh[3].places[0]) == std::vector<int>{0});
  argmap::forget_glosses(set, added);
  for (const argmap::Anchors& z : set.zh) {
    CHECK(set.glosses_of(z.places[0]).empty());
    CHECK(set.glosses_of(z.places[1]) == std::vector<int>{2});
  }
}

TEST_CASE(
    "punctuation odds: end classes that close beads together gain, a merge over a comma loses",
    "[alignment][punctuation]") {
  using argmap::EndClass;
  argmap::AnchorSet set;
  std::vector<argmap::UnitPair> beads;
  // Ten 1-1 beads ending alike (five commas, five stops), then five 2-1 beads whose first
  // Chinese unit ends in a stop.
  for (std::size_t k = 0; k < 10; ++k) {
    const EndClass c = k < 5 ? EndClass::kComma : EndClass::kStop;
    set.zh.push_back(argmap::Anchors{}), set.zh.back().end = c;
    set.en.push_back(argmap::Anchors{}), set.en.back().end = c;
    beads.push_back({{set.zh.size() - 1}, {set.en.size() - 1}});
  }
  for (std::size_t k = 0; k < 5; ++k) {
    for (int u = 0; u < 2; ++u)
      set.zh.push_back(argmap::Anchors{}), set.zh.back().end = EndClass::kStop;
    set.en.push_back(argmap::Anchors{}), set.en.back().end = EndClass::kStop;
    beads.push_back({{set.zh.size() - 2, set.zh.size() - 1}, {set.en.size() - 1}});
  }
  const argmap::PunctuationOdds odds = argmap::estimate_punctuation(set, beads, 0.1);
  const auto comma = static_cast<std::size_t>(EndClass::kComma);
  const auto stop = static_cast<std::size_t>(EndClass::kStop);
  CHECK(odds.ends[comma][comma] > 0);
  CHECK(odds.ends[stop][stop] > 0);
  CHECK(odds.ends[comma][stop] < 0);
  CHECK(odds.ends[stop][comma] < 0);
  CHECK(odds.inside_zh[stop] > 0);   // every unit inside a merge ends in a stop
  CHECK(odds.inside_zh[comma] < 0);  // a third of all units end in a comma, none inside
}

TEST_CASE("bead search: a second thread splitting the rows finds the very same path",
          "[alignment][bead_search]") {
  // Long enough for the rows to be shared; every link and score must match one thread's.
  const auto [zh, en] = split_every_third(1500);
  auto links = [&zh = zh, &en = en](unsigned threads) {
    std::vector<argmap::Input> inputs{*argmap::make_input("zh.txt", zh),
                                      *argmap::make_input("en.txt", en)};
    argmap::AnalyseOptions o;
    o.align = true, o.threads = threads;
    o.split.units = argmap::UnitMode::kLines;
    auto a = argmap::analyse(std::move(inputs), o, argmap::testing::lexicons());
    REQUIRE(a.ok());
    std::vector<std::tuple<std::vector<std::size_t>, std::vector<std::size_t>, double>> out;
    for (const argmap::Link& l : a.value().alignment->links) out.emplace_back(l.zh, l.en, l.score);
    return out;
  };
  const auto one = links(1), two = links(2);
  CHECK(one.size() > 1400u);
  CHECK(one == two);
}
