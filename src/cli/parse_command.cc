#include "argmap/export/outline.h"
#include "cli/commands.h"

namespace argmap::cli {

// `argmap parse`: the graphs of each version. One version is enough here.
Result<Rendered> run_parse(const Options& options) {
  Result<Loaded> loaded = load(options, /*need_both=*/false, /*align=*/false);
  if (!loaded) return loaded.error();
  const Analysis& analysis = loaded->analysis;
  if (options.explain) return Rendered(write_outline(analysis, /*explain=*/true));
  if (options.format == "text") return Rendered(write_outline(analysis));
  return json_rendering(std::move(*loaded), options);
}

}  // namespace argmap::cli
