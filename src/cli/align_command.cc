#include <memory>

#include "argmap/export/json.h"
#include "cli/commands.h"

namespace argmap::cli {

// `argmap align`: both graphs and their alignment. Both versions are needed.
Result<Rendered> run_align(const Options& options, std::vector<std::string>& notes) {
  Result<Loaded> loaded = load(options, /*need_both=*/true, /*align=*/true);
  if (!loaded) return loaded.error();
  notes = std::move(loaded->notes);
  return json_rendering(std::move(*loaded), options);
}

Rendered json_rendering(Loaded loaded, const Options& options) {
  auto owned = std::make_shared<const Loaded>(std::move(loaded));
  const bool pretty = !options.compact;
  const unsigned threads = threads_for(options);
  Rendered out(
      [owned, pretty, threads](Sink& sink) { write_json(owned->analysis, sink, pretty, threads); });
  out.source = owned;
  return out;
}

Rendered text_rendering(std::string text, Loaded loaded) {
  Rendered out(std::move(text));
  out.source = std::make_shared<const Loaded>(std::move(loaded));
  return out;
}

}  // namespace argmap::cli
