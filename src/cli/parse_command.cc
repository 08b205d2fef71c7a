#include "argmap/export/outline.h"
#include "cli/commands.h"

namespace argmap::cli {

// `argmap parse`: the graphs of each version. One version is enough here.
Result<Rendered> run_parse(const Options& options) {
  Result<Loaded> loaded = load(options, /*need_both=*/false, /*align=*/false);
  if (!loaded) return loaded.error();
  const Analysis& analysis = loaded->analysis;
  if (options.explain || options.format == "text") {
    std::string outline = write_outline(analysis, options.explain);  // before the move below
    return text_rendering(std::move(outline), std::move(*loaded));
  }
  return json_rendering(std::move(*loaded), options);
}

}  // namespace argmap::cli
