// JSON export: written element by element, it must be byte for byte what the whole tree dumped
// with two-space indentation gives, for every corpus essay with alignment and findings.
#include "argmap/export/json.h"

#include <catch2/catch.hpp>

#include "argmap/export/export_testing.h"
#include "tests/testing.h"

TEST_CASE("json: the streamed export equals the whole document dumped at once", "[json]") {
  for (const argmap::testing::Essay& essay : argmap::testing::kEssays) {
    const argmap::Analysis a = argmap::testing::checked(essay);
    const std::string streamed = argmap::write_json(a);
    INFO(essay.gold);
    CHECK(streamed == nlohmann::ordered_json::parse(streamed).dump(2) + "\n");
    const auto j = argmap::to_json(a);
    CHECK(j["versions"]["zh"]["units"].size() == a.find(argmap::Lang::kZh)->units.size());
    CHECK(j["findings"].size() == a.findings.size());
  }
}

TEST_CASE("json: a one-language analysis has one version and no alignment keys", "[json]") {
  argmap::SplitOptions o;
  o.only = argmap::Lang::kEn;
  auto a = argmap::testing::analyse_texts({"Title\n\nOne sentence. Two sentences.\n"}, o);
  REQUIRE(a.ok());
  const std::string text = argmap::write_json(a.value());
  const auto j = nlohmann::ordered_json::parse(text);
  CHECK(text == j.dump(2) + "\n");
  CHECK(j["versions"].size() == 1);
  CHECK(j["versions"]["en"]["units"].size() == 3);
  CHECK_FALSE(j.contains("alignment"));
}

TEST_CASE("json: a number beyond long long's range is written as a double", "[json]") {
  const auto a = argmap::testing::analyse_texts({"77777777777777777777 people agree."},
                                                argmap::SplitOptions{argmap::Lang::kEn, false});
  REQUIRE(a.ok());
  const nlohmann::json j = argmap::to_json(a.value());
  const auto& value = j["versions"]["en"]["units"][0]["features"]["numbers"][0]["value"];
  CHECK(value.is_number_float());
  CHECK(value.get<double>() == Approx(7.7777777777777777e19));
}

TEST_CASE("json: --compact is the same document on one line", "[json]") {
  for (const argmap::testing::Essay& essay : argmap::testing::kEssays) {
    const argmap::Analysis a = argmap::testing::checked(essay);
    const std::string compact =
        argmap::collect([&a](argmap::Sink& s) { argmap::write_json(a, s, /*pretty=*/false); });
    INFO(essay.gold);
    CHECK(compact == nlohmann::ordered_json::parse(argmap::write_json(a)).dump() + "\n");
    CHECK(compact.find('\n') == compact.size() - 1);
  }
}

TEST_CASE("json: written on two threads, a book-length analysis has the very same bytes",
          "[json]") {
  // The cycling essay 60 times over, checked: units, relations, links, relation links and
  // findings all long enough to be shared between the threads.
  std::string zh, en;
  for (int k = 0; k < 60; ++k) {
    zh += argmap::testing::read_file(argmap::testing::corpus("cycling-cities.zh.md")) + "\n";
    en += argmap::testing::read_file(argmap::testing::corpus("cycling-cities.en.md")) + "\n";
  }
  std::vector<argmap::Input> inputs{*argmap::make_input("zh.md", zh),
                                    *argmap::make_input("en.md", en)};
  argmap::AnalyseOptions o;
  o.align = true, o.check = true;
  auto a = argmap::analyse(std::move(inputs), o, argmap::testing::lexicons());
  REQUIRE(a.ok());
  CHECK(a.value().find(argmap::Lang::kZh)->units.size() > 2048u);
  for (const bool pretty : {true, false}) {
    const auto written = [&](unsigned threads) {
      return argmap::collect(
          [&](argmap::Sink& sink) { argmap::write_json(a.value(), sink, pretty, threads); });
    };
    const std::string one = written(1);
    CHECK(written(2) == one);
  }
}
