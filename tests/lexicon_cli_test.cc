// End to end: a --lexicon directory with a misspelt sense or calibration case stops argmap
// with exit 65 and one line naming the file and the entry, before any input is read.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "tests/cli_runner.h"

using argmap::testing::run_argmap;
using argmap::testing::RunResult;
using argmap::testing::TempDir;

namespace {

std::string source_file(const std::string& path) {
  return argmap::testing::read_whole_file(std::string(ARGMAP_SOURCE_DIR) + "/" + path);
}

const std::string kSeed = std::string(ARGMAP_SOURCE_DIR) + "/corpus/scaling-compute-agi.zh-en.txt";

// A lexicon directory: the built-in lexicons, with zh.json's connective 但是 given `sense`.
void write_lexicons(const TempDir& dir, const std::string& sense) {
  nlohmann::json zh = nlohmann::json::parse(source_file("src/lexicon/zh.json"));
  for (nlohmann::json& c : zh.at("connectives")) {
    if (c.at("form") == "但是") c.at("senses").at(0) = sense;
  }
  dir.write("zh.json", zh.dump(2));
  dir.write("en.json", source_file("src/lexicon/en.json"));
}

}  // namespace

TEST_CASE("cli: a --lexicon zh.json with a misspelt sense exits 65 naming the file and entry",
          "[cli][lexicon]") {
  TempDir dir;
  write_lexicons(dir, "contrst");
  const RunResult r = run_argmap({"check", kSeed, "--lexicon", dir.path()});
  CHECK(r.exit_code == 65);
  CHECK(r.out.empty());
  CHECK(r.err == "argmap: " + dir.file("zh.json") +
                     ": invalid lexicon: connective \"但是\" has unknown sense \"contrst\" (senses "
                     "are those of schemas/lexicon.schema.json)\n");
  write_lexicons(dir, "contrast");
  const RunResult fixed =
      run_argmap({"check", kSeed, "--lexicon", dir.path(), "--fail-on", "never"});
  CHECK(fixed.exit_code == 0);
}

TEST_CASE("cli: a --lexicon calibration.json with a case no rule reports exits 65 naming it",
          "[cli][lexicon]") {
  TempDir dir;
  write_lexicons(dir, "contrast");
  nlohmann::json table = nlohmann::json::parse(source_file("src/lexicon/calibration.json"));
  table.at("cases")["polarity/zh-olny"] = table.at("cases").at("polarity/zh-only");
  dir.write("calibration.json", table.dump(2));
  const RunResult r = run_argmap({"check", kSeed, "--lexicon", dir.path()});
  CHECK(r.exit_code == 65);
  CHECK(r.err == "argmap: " + dir.file("calibration.json") +
                     ": invalid calibration table: case \"polarity/zh-olny\" names no rule of the "
                     "review, or no case of its rule\n");
}
