// The coverage rules (omission, addition, partial omission): a unit or a clause one side has
// and the other does not is found; the same content in more or fewer words is not.
#include <catch2/catch.hpp>

#include "tests/review_testing.h"

using namespace argmap::testing;  // NOLINT: test helpers

namespace {

const std::string kZh =
    "# 城市与自行车\n\n城市应该修建更多自行车道。\n\n骑车的人越来越多。\n\n"
    "哥本哈根的骑行者在十年里翻了一番。\n\n因此，车道是值得的投资。\n";
const std::string kEn =
    "# Cities and Bicycles\n\nCities should build more bike lanes.\n\nMore and more people "
    "ride.\n\nCopenhagen's riders doubled in ten years.\n\nLanes are therefore a worthwhile "
    "investment.\n";

}  // namespace

TEST_CASE("omission: a sentence the English drops is an error on that Chinese unit",
          "[review][coverage]") {
  CHECK(findings_of(review_documents(kZh, kEn), "omission").empty());
  const std::string dropped =
      "# Cities and Bicycles\n\nCities should build more bike lanes.\n\nMore and more people "
      "ride.\n\nLanes are therefore a worthwhile investment.\n";
  const auto found = findings_of(review_documents(kZh, dropped), "omission");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == argmap::Severity::kError);
  CHECK(found[0].zh == std::vector<std::size_t>{3});
  CHECK(found[0].en.empty());
}

TEST_CASE("addition: a sentence only the English has is a warning on that English unit",
          "[review][coverage]") {
  const std::string added =
      "# Cities and Bicycles\n\nCities should build more bike lanes.\n\nMore and more people "
      "ride.\n\nCopenhagen's riders doubled in ten years.\n\nThe mayor of Paris has promised "
      "a cycle lane on every street by the next election.\n\nLanes are therefore a worthwhile "
      "investment.\n";
  CHECK(findings_of(review_documents(kZh, kEn), "addition").empty());
  const auto found = findings_of(review_documents(kZh, added), "addition");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == argmap::Severity::kWarning);
  CHECK(found[0].en == std::vector<std::size_t>{4});
  CHECK(found[0].zh.empty());
}

TEST_CASE("partial-omission: a longer English whose added words render nothing of the Chinese",
          "[review][coverage]") {
  const std::string zh = "政府昨天宣布了新的经济发展计划。";
  const std::string added =
      "The government announced it yesterday; critics denounced the reckless spending spree "
      "before regional elections.";
  CHECK(has(flagged(zh, added, true), "partial-omission/unglossed"));
  // As long, but its words render the Chinese ones: a wordy rendering, not an addition.
  CHECK_FALSE(has(flagged(zh,
                          "Yesterday the government announced a new plan, a plan for the "
                          "development of the economy.",
                          true),
                  "partial-omission/unglossed"));
  CHECK_FALSE(has(flagged(zh,
                          "The government announced a new economic development plan "
                          "yesterday."),
                  "partial-omission"));
}
