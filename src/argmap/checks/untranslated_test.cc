// The untranslated rule on sentence pairs: an English unit still in Chinese, Chinese characters
// left in English, and a Chinese unit in English are found; a translated pair is not.
#include <catch2/catch.hpp>

#include "tests/review_testing.h"

using namespace argmap::testing;  // NOLINT: test helpers

namespace {

std::vector<argmap::Finding> untranslated(const std::string& zh, const std::string& en) {
  return findings_of(review_lines(zh, en), "untranslated");
}

const std::string kZh = "城市应该修建更多自行车道。\n骑车的人越来越多。\n";

}  // namespace

TEST_CASE("untranslated: a translated pair gives no finding", "[review][untranslated]") {
  CHECK(untranslated(kZh, "Cities should build more bike lanes.\nMore and more people ride.\n")
            .empty());
}

TEST_CASE("untranslated: an English unit still in Chinese is an error", "[review][untranslated]") {
  const auto found =
      untranslated(kZh, "Cities should build more bike lanes.\n骑车的人越来越多。\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == argmap::Severity::kError);
  CHECK(found[0].en == std::vector<std::size_t>{1});
  CHECK(found[0].message == "this English unit is still in Chinese");
}

TEST_CASE("untranslated: Chinese characters left inside English text are a warning",
          "[review][untranslated]") {
  const auto found = untranslated(
      kZh, "Cities should build more bike lanes.\nMore and more people ride (骑车) every day.\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == argmap::Severity::kWarning);
  CHECK(found[0].message == "Chinese characters left in the English text (2)");
}

TEST_CASE("untranslated: a Chinese unit written in English is an error", "[review][untranslated]") {
  const auto found =
      untranslated("城市应该修建更多自行车道。\nMore and more people ride every day.\n",
                   "Cities should build more bike lanes.\nMore and more people ride "
                   "every day.\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == argmap::Severity::kError);
  CHECK(found[0].zh == std::vector<std::size_t>{1});
  CHECK(found[0].message == "this Chinese unit is written in English");
}
