// The terminal review: findings on the same units are grouped, the units' texts shown once.
#include "argmap/export/review.h"

#include <catch2/catch.hpp>

#include "argmap/export/export_testing.h"

using namespace argmap::testing;  // NOLINT: test helpers

TEST_CASE("review text: two findings on one pair show its texts once", "[export][review]") {
  const argmap::Analysis a =
      analysed({"他说他不会在三年内回来。\n", "He said he would return within two years.\n"});
  const std::string text = argmap::write_review(a, false);
  INFO(text);
  CHECK(count(text, "error[polarity]") == 1);
  CHECK(count(text, "error[number]") == 1);
  CHECK(count(text, "他说他不会在三年内回来。") == 1);
  CHECK(count(text, "He said he would return within two years.") == 1);
}
