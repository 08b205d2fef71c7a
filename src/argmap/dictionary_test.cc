// Dictionary: glosses become content-word stems by en.json's rules, each of which a test here
// needs; the index saved beside the source is rebuilt when those rules change.
#include "argmap/dictionary.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "tests/testing.h"

using argmap::testing::lexicons;

namespace {

const argmap::Lexicon& en() { return lexicons().en; }

std::string stem(std::string_view word) { return argmap::english_stem(word, en().stem_rules); }

// A dictionary of two entries: every gloss prefix en.json skips, and function words.
const std::string kCedict =
    "# a comment line\n"
    "甲 甲 [jia3] /CL:個|个[ge4]/variant of 乙/see 丙/old variant of 丁/surname Jia/armour/\n"
    "跑 跑 [pao3] /to run/running (of an engine)/lit. to do sth/x/\n";

std::vector<std::string> glosses(const argmap::Dictionary& d, std::string_view word) {
  const auto g = d.glosses(word);
  return {g.begin(), g.end()};
}

std::vector<argmap::StemRule> without_rule(std::string_view suffix) {
  std::vector<argmap::StemRule> rules = en().stem_rules;
  std::erase_if(rules, [suffix](const argmap::StemRule& r) { return r.suffix == suffix; });
  return rules;
}

}  // namespace

TEST_CASE("dictionary: english_stem applies each of en.json's suffix rules", "[dictionary]") {
  CHECK(stem("Studies") == "study");   // ies -> y
  CHECK(stem("classes") == "class");   // sses -> ss
  CHECK(stem("walking") == "walk");    // ing
  CHECK(stem("walked") == "walk");     // ed
  CHECK(stem("quickly") == "quick");   // ly
  CHECK(stem("reasons") == "reason");  // s
  CHECK(stem("class") == "class");     // not s after s
  // Each rule keeps its minimum stem.
  CHECK(stem("ties") == "tie");
  CHECK(stem("sing") == "sing");
  CHECK(stem("red") == "red");
  CHECK(stem("fly") == "fly");
  CHECK(stem("bus") == "bus");
  // The first rule that applies is the only one.
  CHECK(stem("meetings") == "meeting");
}

TEST_CASE("dictionary: english_stem with no rules only lowercases", "[dictionary]") {
  CHECK(argmap::english_stem("Walking", {}) == "walking");
  const std::vector<argmap::StemRule> one{{"ing", "", 3, ""}};
  CHECK(argmap::english_stem("Walking", one) == "walk");
}

TEST_CASE("dictionary: glosses skip en.json's gloss prefixes, function words and short words",
          "[dictionary]") {
  auto d = argmap::Dictionary::from_text(kCedict, "test", en().glosses, en().stem_rules);
  REQUIRE(d.ok());
  // CL:, variant of, see, old variant and surname glosses give no word.
  CHECK(glosses(*d, "甲") == std::vector<std::string>{"armour"});
  // to, lit, sth and the one-letter x are dropped; the parenthesis too.
  CHECK(glosses(*d, "跑") == std::vector<std::string>{"do", "run", "runn"});
}

TEST_CASE("dictionary: the gloss rules' fingerprint changes with every rule", "[dictionary]") {
  const std::string base = argmap::gloss_rules_fingerprint(en().glosses, en().stem_rules);
  CHECK(base.size() == 64);
  CHECK(argmap::gloss_rules_fingerprint(en().glosses, without_rule("ing")) != base);
  argmap::GlossRules fewer = en().glosses;
  fewer.function_words.pop_back();
  CHECK(argmap::gloss_rules_fingerprint(fewer, en().stem_rules) != base);
  argmap::GlossRules shorter = en().glosses;
  shorter.min_letters = 1;
  CHECK(argmap::gloss_rules_fingerprint(shorter, en().stem_rules) != base);
}

TEST_CASE("dictionary: the saved index is rebuilt when the stem rules change", "[dictionary]") {
  const auto dir = std::filesystem::temp_directory_path() / "argmap-dictionary-test";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "cedict.u8").string();
  std::ofstream(path) << kCedict;
  const auto open = [&path](const std::vector<argmap::StemRule>& rules) {
    auto d = argmap::Dictionary::open(path, en().glosses, rules);
    REQUIRE(d.ok());
    return std::move(*d);
  };
  CHECK(open(en().stem_rules).built_index());
  const argmap::Dictionary loaded = open(en().stem_rules);
  CHECK_FALSE(loaded.built_index());
  CHECK(glosses(loaded, "跑") == std::vector<std::string>{"do", "run", "runn"});
  const argmap::Dictionary changed = open(without_rule("ing"));
  CHECK(changed.built_index());
  CHECK(glosses(changed, "跑") == std::vector<std::string>{"do", "run", "running"});
  CHECK(open(en().stem_rules).built_index());  // and back
  CHECK_FALSE(open(en().stem_rules).built_index());
  std::filesystem::remove_all(dir);
}
