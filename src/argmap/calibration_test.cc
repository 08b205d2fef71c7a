#include "argmap/calibration.h"

#include <catch2/catch.hpp>

using argmap::Finding;
using argmap::Severity;

namespace {

const char* kTable = R"({"source": "test", "threshold": 0.6, "min_flags": 10, "base_rate": 0.3,
  "cases": {"all": {"flags": 500, "precision": 0.7, "confidence": 0.7},
            "relation": {"flags": 40, "precision": 0.8, "confidence": 0.78},
            "relation/marker-missing": {"flags": 30, "precision": 0.4, "confidence": 0.41},
            "number/rare": {"flags": 3, "precision": 0.0, "confidence": 0.2}}})";

argmap::Calibration table() {
  auto t = argmap::parse_calibration(kTable, "test");
  REQUIRE(t.ok());
  return *t;
}

}  // namespace

TEST_CASE("calibration: a case below the threshold becomes a note that says how sure it is",
          "[calibration]") {
  Finding f{"relation", Severity::kWarning, "the Chinese attack (但) has no connective", {0}, {}};
  f.case_name = "marker-missing";
  argmap::calibrate(table(), f);
  CHECK(f.severity == Severity::kInfo);
  CHECK(f.confidence == Approx(0.41));
  CHECK(f.message.find("right for 40% of 30 rated segments") != std::string::npos);
}

TEST_CASE("calibration: a precise case keeps its severity; its check's entry stands in",
          "[calibration]") {
  Finding f{"relation", Severity::kWarning, "但 became and", {0}, {}};
  f.case_name = "kind-changed";  // no entry of its own: the check's
  argmap::calibrate(table(), f);
  CHECK(f.severity == Severity::kWarning);
  CHECK(f.confidence == Approx(0.78));
}

TEST_CASE("calibration: too few flags never demote; unknown checks get the overall figure",
          "[calibration]") {
  Finding rare{"number", Severity::kError, "十亿 against 1 million", {0}, {0}};
  rare.case_name = "rare";
  argmap::calibrate(table(), rare);
  CHECK(rare.severity == Severity::kError);
  CHECK(rare.confidence == Approx(0.2));
  Finding other{"structure", Severity::kError, "第二节 missing", {0}, {}};
  argmap::calibrate(table(), other);
  CHECK(other.severity == Severity::kError);
  CHECK(other.confidence == Approx(0.7));
}

TEST_CASE("calibration: the built-in table parses and has the overall entry", "[calibration]") {
  auto t = argmap::builtin_calibration();
  REQUIRE(t.ok());
  CHECK(t->cases.count("all") == 1);
  CHECK(t->threshold > 0);
}
