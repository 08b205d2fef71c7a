#include "argmap/export/review.h"
#include "argmap/export/sarif.h"
#include "cli/commands.h"

namespace argmap::cli {

// `argmap check`: the review. Both versions are needed.
Result<CheckOutcome> run_check(const Options& options, bool colour,
                               std::vector<std::string>& notes) {
  Result<Loaded> loaded = load(options, /*need_both=*/true, /*align=*/true, /*check=*/true);
  if (!loaded) return loaded.error();
  notes = std::move(loaded->notes);
  const Analysis& a = loaded->analysis;
  CheckOutcome outcome;
  if (const auto threshold = parse_severity(options.fail_on)) {
    for (const Finding& f : a.findings)
      outcome.failed |= severity_rank(f.severity) >= severity_rank(*threshold);
  }
  if (options.format == "json") {
    outcome.text = json_rendering(std::move(*loaded), options);
  } else {
    std::string text = options.format == "sarif" ? write_sarif(a) : write_review(a, colour);
    outcome.text = text_rendering(std::move(text), std::move(*loaded));
  }
  return outcome;
}

}  // namespace argmap::cli
