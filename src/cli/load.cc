#include <cstdlib>
#include <filesystem>

#include "argmap/dictionary.h"
#include "argmap/glossary.h"
#include "cli/commands.h"

namespace argmap::cli {
namespace {

// --dict, else $ARGMAP_DICT, else the copy `make` installs in the build tree.
std::string dictionary_path(const Options& options) {
  if (!options.dict.empty()) return options.dict;
  if (const char* env = std::getenv("ARGMAP_DICT"); env && *env) return env;
  std::error_code ec;
  return std::filesystem::exists(ARGMAP_DEFAULT_DICT, ec) ? ARGMAP_DEFAULT_DICT : "";
}

Result<std::vector<Input>> read_inputs(const Options& options) {
  std::vector<Input> inputs;
  for (const std::string& path : options.inputs) {
    Result<Input> input = read_input(path);
    if (!input) return input.error();
    inputs.push_back(std::move(*input));
  }
  return inputs;
}

}  // namespace

Result<Loaded> load(const Options& options, bool need_both, bool align, bool check) {
  Result<Lexicons> lexicons =
      options.lexicon_dir.empty() ? builtin_lexicons() : load_lexicons(options.lexicon_dir);
  if (!lexicons) return lexicons.error();
  Result<std::vector<Input>> inputs = read_inputs(options);
  if (!inputs) return inputs.error();
  Loaded loaded;
  std::optional<Dictionary> dictionary;
  std::optional<Glossary> glossary;
  const std::string dict = align && !options.no_dict ? dictionary_path(options) : "";
  if (!dict.empty()) {
    Result<Dictionary> d = Dictionary::open(dict);
    if (!d) return d.error();
    dictionary = std::move(*d);
  } else if (align && !options.no_dict) {
    loaded.notes.push_back(
        "no Chinese-English dictionary found (give --dict PATH or set ARGMAP_DICT); aligning "
        "without lexical anchors");
  }
  if (!options.glossary.empty()) {
    Result<Glossary> g = read_glossary(options.glossary);
    if (!g) return g.error();
    glossary = std::move(*g);
  }
  AnalyseOptions analyse_options;
  analyse_options.split.only = options.lang;
  analyse_options.split.need_both = need_both && !options.lang;
  analyse_options.split.units = options.units;
  analyse_options.align = align;
  analyse_options.check = check;
  analyse_options.resources.dictionary = dictionary ? &*dictionary : nullptr;
  analyse_options.resources.glossary = glossary ? &*glossary : nullptr;
  Result<Analysis> analysis = analyse(std::move(*inputs), analyse_options, *lexicons);
  if (!analysis) return analysis.error();
  loaded.analysis = std::move(*analysis);
  return loaded;
}

}  // namespace argmap::cli
