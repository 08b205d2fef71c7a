#include "cli/commands.h"

namespace argmap::cli {

Result<Analysis> load(const Options& options, bool need_both) {
  Result<Lexicons> lexicons =
      options.lexicon_dir.empty() ? builtin_lexicons() : load_lexicons(options.lexicon_dir);
  if (!lexicons) return lexicons.error();
  std::vector<Input> inputs;
  for (const std::string& path : options.inputs) {
    Result<Input> input = read_input(path);
    if (!input) return input.error();
    inputs.push_back(std::move(*input));
  }
  AnalyseOptions analyse_options;
  analyse_options.split.only = options.lang;
  analyse_options.split.need_both = need_both && !options.lang;
  analyse_options.split.units = options.units;
  return analyse(std::move(inputs), analyse_options, *lexicons);
}

}  // namespace argmap::cli
