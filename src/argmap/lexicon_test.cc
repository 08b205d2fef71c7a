#include "argmap/lexicon.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "argmap/check.h"
#include "argmap/sense.h"
#include "tests/testing.h"

namespace {

std::string source_file(const std::string& path) {
  return argmap::testing::read_file(std::string(ARGMAP_SOURCE_DIR) + "/" + path);
}

// zh.json with the first sense of the connective `form` replaced by `sense`.
std::string zh_with_sense(const std::string& form, const std::string& sense) {
  nlohmann::json j = nlohmann::json::parse(source_file("src/lexicon/zh.json"));
  for (nlohmann::json& c : j.at("connectives")) {
    if (c.at("form") == form) c.at("senses").at(0) = sense;
  }
  return j.dump(2);
}

// en.json with stem rule `index` (from 0) given `key` = `value`.
std::string en_with_stem_rule(std::size_t index, const std::string& key,
                              const nlohmann::json& value) {
  nlohmann::json j = nlohmann::json::parse(source_file("src/lexicon/en.json"));
  j.at("stem_rules").at(index)[key] = value;
  return j.dump(2);
}

}  // namespace

TEST_CASE("lexicon: the senses are those of the schema's sense enum, in its order", "[lexicon]") {
  const auto schema = nlohmann::json::parse(source_file("schemas/lexicon.schema.json"));
  const auto names = schema.at("$defs").at("sense").at("enum").get<std::vector<std::string>>();
  REQUIRE(names.size() == argmap::sense_names().size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    CHECK(argmap::sense_names()[i] == names[i]);
    CHECK(argmap::parse_sense(names[i]) == static_cast<argmap::Sense>(i));
  }
  CHECK_FALSE(argmap::parse_sense("contrst"));
}

TEST_CASE("lexicon: the built-in lexicons load with typed senses", "[lexicon]") {
  auto lexicons = argmap::builtin_lexicons();
  REQUIRE(lexicons.ok());
  const auto& zh = lexicons->zh.connectives;
  const auto but =
      std::find_if(zh.begin(), zh.end(), [](const auto& c) { return c.form == "不过"; });
  REQUIRE(but != zh.end());
  CHECK(but->senses == argmap::Senses{argmap::Sense::kContrast, argmap::Sense::kConcession});
}

TEST_CASE("lexicon: a connective with a misspelt sense fails to load, naming the file and entry",
          "[lexicon]") {
  const auto r = argmap::parse_lexicon(zh_with_sense("不过", "contrst"), "dir/zh.json");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == argmap::ExitCode::kDataError);
  CHECK(r.error().format() ==
        "dir/zh.json: invalid lexicon: connective \"不过\" has unknown sense \"contrst\" (senses "
        "are those of schemas/lexicon.schema.json)");
  // The same lexicon spelt right loads.
  CHECK(argmap::parse_lexicon(zh_with_sense("不过", "contrast"), "dir/zh.json").ok());
}

TEST_CASE("lexicon: a paired connective with a misspelt or no sense fails to load", "[lexicon]") {
  nlohmann::json j = nlohmann::json::parse(source_file("src/lexicon/zh.json"));
  j.at("paired").at(0).at("senses") = {"contrast", "additon"};
  const auto r = argmap::parse_lexicon(j.dump(), "zh.json");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message ==
        "invalid lexicon: paired connective \"一方面…另一方面\" has unknown sense \"additon\" "
        "(senses are those of schemas/lexicon.schema.json)");
  j.at("paired").at(0).at("senses") = nlohmann::json::array();
  CHECK(argmap::parse_lexicon(j.dump(), "zh.json").error().message ==
        "invalid lexicon: paired connective \"一方面…另一方面\" has no sense");
}

TEST_CASE("lexicon: load_lexicons names the file in the directory that has the typo", "[lexicon]") {
  const auto dir = std::filesystem::temp_directory_path() / "argmap-lexicon-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "zh.json") << zh_with_sense("不过", "concesion");
  std::ofstream(dir / "en.json") << source_file("src/lexicon/en.json");
  const auto r = argmap::load_lexicons(dir.string());
  std::filesystem::remove_all(dir);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().file == (dir / "zh.json").string());
  CHECK_THAT(r.error().message, Catch::Matchers::Contains("unknown sense \"concesion\""));
}

TEST_CASE("calibration: every case of the built-in table names a rule and one of its cases",
          "[lexicon][calibration]") {
  auto lexicons = argmap::builtin_lexicons();
  REQUIRE(lexicons.ok());
  CHECK_FALSE(argmap::unknown_calibration_case(lexicons->calibration));
}

TEST_CASE("calibration: a case naming no rule, or no case of its rule, is an error naming it",
          "[lexicon][calibration]") {
  const auto parse = [](const std::string& key) {
    const std::string text = R"({"threshold": 0.6, "min_flags": 10, "cases": {")" + key +
                             R"(": {"flags": 5, "precision": 0.5, "confidence": 0.5}}})";
    auto t = argmap::parse_calibration(text, "dir/calibration.json");
    REQUIRE(t.ok());
    return argmap::unknown_calibration_case(*t);
  };
  CHECK_FALSE(parse("all"));
  CHECK_FALSE(parse("number"));
  CHECK_FALSE(parse("number/one-sided"));
  const auto typo = parse("number/one-sidd");
  REQUIRE(typo);
  CHECK(typo->code == argmap::ExitCode::kDataError);
  CHECK(typo->format() ==
        "dir/calibration.json: invalid calibration table: case \"number/one-sidd\" names no rule "
        "of the review, or no case of its rule");
  CHECK(parse("polarty"));
  CHECK(parse("omission/clause"));  // a case of partial-omission, not of omission
}

TEST_CASE("lexicon: a malformed stem rule fails to load, naming the file and the rule",
          "[lexicon]") {
  const auto error = [](const std::string& key, const nlohmann::json& value) {
    const auto r = argmap::parse_lexicon(en_with_stem_rule(2, key, value), "dir/en.json");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == argmap::ExitCode::kDataError);
    return r.error().format();
  };
  CHECK(error("min_stem", 0) ==
        "dir/en.json: invalid lexicon: stem rule 3 (-ing): min_stem must be a whole number of at "
        "least 1");
  CHECK(error("min_stem", "3") ==
        "dir/en.json: invalid lexicon: stem rule 3 (-ing): min_stem must be a whole number of at "
        "least 1");
  CHECK(error("suffix", "ING") ==
        "dir/en.json: invalid lexicon: stem rule 3 (-ING): suffix must be lowercase letters a-z");
  CHECK(error("suffix", "") == "dir/en.json: invalid lexicon: stem rule 3 has no suffix");
  CHECK(error("min_stme", 3) ==
        "dir/en.json: invalid lexicon: stem rule 3 (-ing) has unknown key \"min_stme\"");
  CHECK(argmap::parse_lexicon(en_with_stem_rule(2, "min_stem", 3), "dir/en.json").ok());
}

TEST_CASE("lexicon: en.json without one of its required rules fails to load, naming it",
          "[lexicon]") {
  for (const char* key : {"stem_rules", "glosses", "clause_breaks"}) {
    nlohmann::json j = nlohmann::json::parse(source_file("src/lexicon/en.json"));
    j.erase(key);
    const auto r = argmap::parse_lexicon(j.dump(), "en.json");
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error().message, Catch::Matchers::Contains(key));
  }
}

TEST_CASE("lexicon: zh.json without its link model, or with one short of a field, fails to load",
          "[lexicon]") {
  nlohmann::json j = nlohmann::json::parse(source_file("src/lexicon/zh.json"));
  nlohmann::json no_skip = j;
  no_skip.at("link_model").erase("skip");
  j.erase("link_model");
  for (const auto& [text, key] : {std::pair{j.dump(), "link_model"}, {no_skip.dump(), "skip"}}) {
    const auto r = argmap::parse_lexicon(text, "zh.json");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().file == "zh.json");
    CHECK_THAT(r.error().message, Catch::Matchers::Contains(key));
  }
}

TEST_CASE("lexicon: the link model is read from zh.json as the corpus essays align with it",
          "[lexicon]") {
  const argmap::LinkModel& m = argmap::testing::lexicons().zh.link;
  CHECK(m.log_ratio == Approx(1.10));
  CHECK(m.log_sd == Approx(0.205));
  CHECK(m.band == 40);
  REQUIRE(m.beads.size() == 8);
  CHECK(m.beads.front().zh == 1);
  CHECK(m.beads.front().en == 1);
  CHECK(m.beads.back().zh == 3);
  CHECK(m.beads.back().cost == Approx(0.35));
}

TEST_CASE("lexicon: the built-in rules are loaded, none dropped", "[lexicon]") {
  auto lexicons = argmap::builtin_lexicons();
  REQUIRE(lexicons.ok());
  const argmap::Lexicon& en = lexicons->en;
  REQUIRE(en.stem_rules.size() == 6);
  CHECK(en.stem_rules[0].suffix == "ies");
  CHECK(en.stem_rules[0].replacement == "y");
  CHECK(en.stem_rules[5].unless_ending == "ss");
  CHECK(en.glosses.skip_prefixes ==
        std::vector<std::string>{"CL:", "variant of", "see ", "old variant", "surname "});
  CHECK(en.glosses.function_words.size() == 26);
  CHECK(en.glosses.min_letters == 2);
  CHECK(en.negation_prefix_min_rest == 4);
  CHECK(en.negation_suffix_min_rest == 3);
  CHECK(lexicons->zh.idiom_min_chars == 4);
  for (const argmap::Lexicon* l : {&lexicons->zh, &lexicons->en}) {
    const argmap::ClauseBreaks& b = l->clause_breaks;
    CHECK(b.clauses == U"，；：,");
    CHECK(b.connective == U",;:，；：、。！？!?—–-(（“\"‘「");
    CHECK(b.negation_scope == U"，；：,;.");
    CHECK(b.main_clause == std::vector<std::string>{",", "，", ";", "；", "—", "–", "--"});
  }
}

TEST_CASE("lexicon: a clause break of more than one character fails to load, naming it",
          "[lexicon]") {
  nlohmann::json j = nlohmann::json::parse(source_file("src/lexicon/zh.json"));
  j.at("clause_breaks").at("clauses").push_back("，，");
  const auto r = argmap::parse_lexicon(j.dump(), "zh.json");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message ==
        "invalid lexicon: clause_breaks.clauses entry \"，，\" is not one character");
}
