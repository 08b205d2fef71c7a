#include "argmap/export/json.h"
#include "cli/commands.h"

namespace argmap::cli {

// `argmap align`: both graphs and their alignment. Both versions are needed.
Result<std::string> run_align(const Options& options, std::vector<std::string>& notes) {
  Result<Loaded> loaded = load(options, /*need_both=*/true, /*align=*/true);
  if (!loaded) return loaded.error();
  notes = std::move(loaded->notes);
  return write_json(loaded->analysis);
}

}  // namespace argmap::cli
