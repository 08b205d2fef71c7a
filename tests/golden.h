// Golden files: expected outputs kept under tests/golden/ and compared by the tests, so a change
// in the graphs or the findings shows as a diff to review. `make golden` rewrites them (it runs
// the [golden] tests with ARGMAP_UPDATE_GOLDEN=1); review the diff, then commit it.
//
// Header-only on purpose: the test target compiles tests/*_test.cc only.
#pragma once

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace argmap::testing {

inline std::filesystem::path golden_path(const std::string& name) {
  return std::filesystem::path(ARGMAP_SOURCE_DIR) / "tests" / "golden" / name;
}

inline bool updating_golden() {
  const char* update = std::getenv("ARGMAP_UPDATE_GOLDEN");
  return update != nullptr && std::string(update) == "1";
}

// The first line where the two texts differ, 1-based, and both lines; "" when equal.
inline std::string first_difference(const std::string& want, const std::string& got) {
  std::istringstream a(want), b(got);
  std::string x, y;
  for (std::size_t line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(a, x));
    const bool more_b = static_cast<bool>(std::getline(b, y));
    if (!more_a && !more_b) return "";
    if (more_a != more_b || x != y) {
      return "line " + std::to_string(line) + ":\n  golden: " + (more_a ? x : "(end)") +
             "\n  now:    " + (more_b ? y : "(end)");
    }
  }
}

// Compares `actual` with tests/golden/<name>, or writes it there under `make golden`.
inline void check_golden(const std::string& name, const std::string& actual) {
  const std::filesystem::path path = golden_path(name);
  if (updating_golden()) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  INFO("golden file " << path.string() << " (missing? run make golden)");
  REQUIRE(in.good());
  std::ostringstream want;
  want << in.rdbuf();
  INFO("differs from the golden file at " << first_difference(want.str(), actual)
                                          << "\nrun `make golden`, review the diff and commit it");
  CHECK(want.str() == actual);
}

}  // namespace argmap::testing
