#include "argmap/export/json.h"
#include "argmap/export/outline.h"
#include "cli/commands.h"

namespace argmap::cli {

// `argmap parse`: the graphs of each version. One version is enough here.
Result<std::string> run_parse(const Options& options) {
  Result<Analysis> analysis = load(options, /*need_both=*/false);
  if (!analysis) return analysis.error();
  if (options.explain) return write_outline(*analysis, /*explain=*/true);
  return options.format == "text" ? write_outline(*analysis) : write_json(*analysis);
}

}  // namespace argmap::cli
