// The subcommands: each takes parsed options and returns the text to write, or an Error.
// main() alone prints, writes and exits.
#pragma once

#include <string>

#include "argmap/analysis.h"
#include "argmap/error.h"
#include "cli/options.h"

namespace argmap::cli {

// Reads the inputs and runs the pipeline, as every subcommand needs; `notes` collects what
// the user should hear about (a missing dictionary), for main to print.
struct Loaded {
  Analysis analysis;
  std::vector<std::string> notes;
};
Result<Loaded> load(const Options& options, bool need_both, bool align, bool check = false);

Result<std::string> run_parse(const Options& options);
Result<std::string> run_align(const Options& options, std::vector<std::string>& notes);

Result<std::string> run_export(const Options& options, std::vector<std::string>& notes);
std::vector<std::string> export_formats();

// `check` also says whether findings reached --fail-on, for the exit code.
struct CheckOutcome {
  std::string text;
  bool failed = false;
};
Result<CheckOutcome> run_check(const Options& options, bool colour,
                               std::vector<std::string>& notes);

}  // namespace argmap::cli
