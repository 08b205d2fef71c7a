// Every input a fuzz target ever failed on, minimised into tests/fuzz/regressions/<target>/ by
// `make fuzz`, is replayed here through the same target function, in the normal build: none
// may crash or break an invariant again. The corpus essays go through every target too.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/fuzz/targets.h"
#include "tests/testing.h"

namespace {

void replay(const std::string& target, const std::string& path) {
  const std::string bytes = argmap::testing::read_file(path);
  INFO(target << " " << path);
  CHECK(argmap::fuzz::run_target(target, reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                 bytes.size()) == 0);
}

std::vector<std::string> files_in(const std::filesystem::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().filename().string()[0] != '.')
      out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("fuzz: every kept regression input replays cleanly through its target", "[fuzz]") {
  const std::filesystem::path root = std::string(ARGMAP_SOURCE_DIR) + "/tests/fuzz/regressions";
  std::size_t replayed = 0;
  for (const std::string& target : argmap::fuzz::target_names()) {
    for (const std::string& f : files_in(root / target)) {
      replay(target, f);
      ++replayed;
    }
  }
  INFO(replayed << " inputs replayed");
  CHECK(std::filesystem::is_directory(root));
}

TEST_CASE("fuzz: the corpus essays run through every target", "[fuzz]") {
  for (const std::string& target : argmap::fuzz::target_names()) {
    for (const auto& essay : argmap::testing::kEssays)
      for (const std::string& f : essay.files) replay(target, argmap::testing::corpus(f));
  }
}
