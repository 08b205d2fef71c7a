#include "argmap/features.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <iterator>
#include <string>
#include <vector>

#include "argmap/lexicon.h"
#include "argmap/phrase_matcher.h"
#include "argmap/text.h"

namespace {

argmap::Features features(const std::string& text, argmap::Lang lang) {
  static const argmap::Lexicons lexicons = *argmap::builtin_lexicons();
  const argmap::Lexicon& lexicon = lexicons.of(lang);
  const argmap::PhraseMatcher matcher(lexicon);
  return argmap::features_of(text, lexicon, matcher);
}

}  // namespace

TEST_CASE("features: a cue's words that state no position are no cue", "[features]") {
  using argmap::Lang;
  // I think of, 让我觉得 (made me feel): recollection and effect, not the speaker's view.
  CHECK(features("I think of my nieces, ages three and four.", Lang::kEn).claim_cues.empty());
  CHECK(!features("I think of them often.", Lang::kEn).stance_cue);
  CHECK(features("她们的文章让我觉得我并非一无是处。", Lang::kZh).claim_cues.empty());
  CHECK(features("根据市场的需要进行调整。", Lang::kZh).claim_cues.empty());
  // 显而易见的 (obvious, before a noun) describes; 显而易见， (it is obvious that) asserts.
  CHECK(features("我先谈显而易见的方式。", Lang::kZh).claim_cues.empty());
  CHECK(features("显而易见，这个方法更好。", Lang::kZh).claim_cues.size() == 1);
  // The cue itself still counts.
  const argmap::Features en = features("I think they are right.", Lang::kEn);
  CHECK(en.claim_cues.size() == 1);
  CHECK(en.stance_cue);
  CHECK(features("我觉得她们是对的。", Lang::kZh).claim_cues.size() == 1);
  CHECK(features("我们需要帮助。", Lang::kZh).claim_cues.size() == 1);
}

TEST_CASE("features: an important point is a claim cue in both languages", "[features]") {
  using argmap::Lang;
  // "Crucially, ..." and 重要的一点是 (the important point is) single out the point being made.
  CHECK(features("Crucially, the cost falls on the poor.", Lang::kEn).claim_cues.size() == 1);
  CHECK(features("这里重要的一点是，我们都不完美。", Lang::kZh).claim_cues.size() == 1);
  CHECK(features("The cost falls on the poor.", Lang::kEn).claim_cues.empty());
}

TEST_CASE("features: need is a cue with a personal subject in both languages", "[features]") {
  using argmap::Lang;
  // we need / 我们需要 state a position; a bare need (cities need, 城市需要, 需要…的时候) does not.
  CHECK(features("We need more lanes.", Lang::kEn).thesis_cue);
  CHECK(features("我们需要更多车道。", Lang::kZh).thesis_cue);
  CHECK(features("Cities need more lanes.", Lang::kEn).claim_cues.empty());
  CHECK(features("城市需要更多车道。", Lang::kZh).claim_cues.empty());
  CHECK(features("需要帮助的时候，请告诉我。", Lang::kZh).claim_cues.empty());
}

TEST_CASE("features: a summing up of the reasons above is a summary cue", "[features]") {
  using argmap::Lang;
  CHECK(features("For the reasons above, I agree.", Lang::kEn).summary_cue);
  CHECK(features("All in all, zoos do more good than harm.", Lang::kEn).summary_cue);
  CHECK(features("综上所述，动物园利大于弊。", Lang::kZh).summary_cue);
  CHECK(!features("Zoos do more good than harm.", Lang::kEn).summary_cue);
  CHECK(!features("动物园利大于弊。", Lang::kZh).summary_cue);
}

TEST_CASE("features: a Chinese pair holds where its second part follows its first", "[features]") {
  using argmap::Lang;
  const auto pairs = [](const std::string& text) {
    std::vector<std::string> out;
    for (const argmap::PairedUse& p : features(text, Lang::kZh).paired)
      out.push_back(p.first + "…" + p.second);
    return out;
  };
  // Two pairs open with the same character; each is found, in the lexicon's order.
  CHECK(pairs("不管天气如何，他都去，我也去。") == std::vector<std::string>{"不管…也", "不管…都"});
  // The first part inside a longer word still counts (并不是 holds 不是).
  CHECK(pairs("这并不是钱的问题，而是时间的问题。") == std::vector<std::string>{"不是…而是"});
  // A second part before the first is no pair.
  CHECK(pairs("而是时间的问题，不是钱。").empty());
  CHECK(pairs("").empty());
}

TEST_CASE("features: a unit ending in the lexicon's lead-in mark is a lead-in", "[features]") {
  using argmap::Lang;
  CHECK(features("理由有三：", Lang::kZh).lead_in);
  CHECK(features("There are three reasons: ", Lang::kEn).lead_in);
  CHECK(features("There are three reasons:", Lang::kZh).lead_in);  // a Latin colon in Chinese
  CHECK_FALSE(features("理由有三。", Lang::kZh).lead_in);
  CHECK_FALSE(features("Time: 10:30 is late.", Lang::kEn).lead_in);
}

TEST_CASE("features: content words are ICU's words less stopwords and single letters",
          "[features]") {
  using argmap::Lang;
  static const argmap::Lexicons lexicons = *argmap::builtin_lexicons();
  const auto version = [](std::vector<std::string> texts, Lang lang) {
    std::vector<argmap::Unit> units(texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) units[i].text = texts[i];
    return argmap::extract_features(units, lexicons.of(lang));
  };
  // cost, GPU, high; "The", "of", "a", "is" are stopwords or single letters. One numbering for
  // the version, whatever the case: GPU and gpu are one word.
  const auto en = version({"The cost of a GPU is high.", "A gpu costs less.", "It is."}, Lang::kEn);
  CHECK(en[0].content_words.size() == 3);
  CHECK(en[2].content_words.empty());
  std::vector<std::uint32_t> shared;
  std::set_intersection(en[0].content_words.begin(), en[0].content_words.end(),
                        en[1].content_words.begin(), en[1].content_words.end(),
                        std::back_inserter(shared));
  CHECK(shared.size() == 1);  // GPU
  // ICU's dictionary words of Chinese: 智能 in both units is one id.
  const auto zh = version({"我们认为算力不是智能。", "智能需要别的东西。"}, Lang::kZh);
  shared.clear();
  std::set_intersection(zh[0].content_words.begin(), zh[0].content_words.end(),
                        zh[1].content_words.begin(), zh[1].content_words.end(),
                        std::back_inserter(shared));
  CHECK(shared.size() == 1);
}

TEST_CASE("features: every pair of the lexicons is found where its parts stand in order",
          "[features]") {
  static const argmap::Lexicons lexicons = *argmap::builtin_lexicons();
  for (const argmap::Lang lang : {argmap::Lang::kEn, argmap::Lang::kZh}) {
    for (const argmap::PairedConnective& p : lexicons.of(lang).paired) {
      const std::string text = lang == argmap::Lang::kZh ? p.first + "他来，" + p.second + "我去。"
                                                         : p.first + " it, " + p.second + " ok.";
      INFO(text);
      const auto found = features(text, lang).paired;
      CHECK(std::any_of(found.begin(), found.end(), [&p](const argmap::PairedUse& u) {
        return u.first == p.first && u.second == p.second;
      }));
    }
  }
}
