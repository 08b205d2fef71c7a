// The subcommands: each takes parsed options and returns the text to write, or an Error.
// main() alone prints, writes and exits.
#pragma once

#include <string>

#include "argmap/analysis.h"
#include "argmap/error.h"
#include "cli/options.h"

namespace argmap::cli {

// Reads the inputs and runs the pipeline, as every subcommand needs.
Result<Analysis> load(const Options& options, bool need_both);

Result<std::string> run_parse(const Options& options);

}  // namespace argmap::cli
