#include "argmap/export/json.h"
#include "argmap/export/outline.h"
#include "cli/commands.h"

namespace argmap::cli {

// `argmap parse`: the graphs of each version. One version is enough here.
Result<std::string> run_parse(const Options& options) {
  Result<Loaded> loaded = load(options, /*need_both=*/false, /*align=*/false);
  if (!loaded) return loaded.error();
  const Analysis& analysis = loaded->analysis;
  if (options.explain) return write_outline(analysis, /*explain=*/true);
  return options.format == "text" ? write_outline(analysis) : write_json(analysis);
}

}  // namespace argmap::cli
