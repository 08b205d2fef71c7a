// Every document kept from fuzzing runs (tests/fuzz/regressions/; two once crashed argmap) goes
// through each subcommand and every export format of the real executable: each run ends by
// itself with exit 0 (or 1 for findings), or with exit 65 and one line naming the file; an
// output file is written only by a run that succeeded.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/cli_runner.h"

using argmap::testing::run_argmap;
using argmap::testing::RunResult;
using argmap::testing::TempDir;

namespace {

// The kept inputs of the targets that read whole documents (tests/fuzz/regressions/).
std::vector<std::string> regression_inputs() {
  std::vector<std::string> out;
  const std::string root = std::string(ARGMAP_SOURCE_DIR) + "/tests/fuzz/regressions/";
  for (const char* target : {"document", "alignment", "writers", "essay"})
    for (const auto& entry : std::filesystem::directory_iterator(root + target))
      if (entry.is_regular_file() && entry.path().filename().string()[0] != '.')
        out.push_back(entry.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

void check_run(const std::string& input, const std::vector<std::string>& args,
               const std::string& output) {
  const RunResult r = run_argmap(args);
  std::string call;
  for (const std::string& a : args) call += " " + a;
  INFO("argmap" << call << "\n" << r.err);
  REQUIRE(r.exited());
  CHECK((r.exit_code == 0 || r.exit_code == 1 || r.exit_code == 65));
  if (r.exit_code == 65) {
    CHECK(r.err.find(input) != std::string::npos);
    CHECK(r.err.find('\n') == r.err.size() - 1);  // one line
  }
  CHECK(std::filesystem::exists(output) == (r.exit_code != 65));
}

}  // namespace

TEST_CASE("regressions: inputs that once crashed run through every command and format",
          "[regressions]") {
  const std::vector<std::string> inputs = regression_inputs();
  REQUIRE(inputs.size() >= 3);
  const std::vector<std::string> formats = {"json", "review", "sarif", "aif", "argdown", "md",
                                            "tmx",  "xliff",  "dot",   "svg", "html"};
  for (const std::string& input : inputs) {
    TempDir dir;
    for (const std::string command : {"parse", "align", "check"}) {
      const std::string out = dir.file(command + ".out");
      check_run(input, {command, input, "-o", out}, out);
    }
    for (const std::string& format : formats) {
      const std::string out = dir.file("export." + format);
      check_run(input, {"export", input, "--to", format, "-o", out}, out);
    }
  }
}
