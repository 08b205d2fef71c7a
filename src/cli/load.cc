#include <cstdlib>
#include <filesystem>

#include "argmap/dictionary.h"
#include "argmap/glossary.h"
#include "cli/commands.h"

namespace argmap::cli {
namespace {

// PREFIX/share/argmap/cedict_ts.u8 for an executable at PREFIX/bin/argmap; empty if the
// executable's path cannot be read.
std::filesystem::path installed_dictionary() {
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  return exe.parent_path().parent_path() / "share" / "argmap" / "cedict_ts.u8";
}

bool is_file(const std::filesystem::path& p) {
  std::error_code ec;
  return !p.empty() && std::filesystem::is_regular_file(p, ec);
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

DictionaryChoice find_dictionary(const Options& options) {
  if (!options.dict.empty()) return {options.dict, "--dict"};
  if (const char* env = std::getenv("ARGMAP_DICT"); env && *env) return {env, "ARGMAP_DICT"};
  if (const auto installed = installed_dictionary(); is_file(installed))
    return {installed.string(), "installed"};
  if (is_file(ARGMAP_DEFAULT_DICT)) return {ARGMAP_DEFAULT_DICT, "build tree"};
  return {};
}

std::string version_text(const Options& options) {
  const DictionaryChoice d = find_dictionary(options);
  const std::string missing = is_file(d.path) ? "" : ", no such file";
  const std::string dict = d.path.empty()
                               ? "none found (give --dict PATH or set ARGMAP_DICT)"
                               : "CC-CEDICT at " + d.path + " (" + d.source + missing + ")";
  return "argmap " ARGMAP_VERSION "\ndictionary: " + dict + "\n";
}

Result<Loaded> load(const Options& options, bool need_both, bool align, bool check) {
  Result<Lexicons> lexicons =
      options.lexicon_dir.empty() ? builtin_lexicons() : load_lexicons(options.lexicon_dir);
  if (!lexicons) return lexicons.error();
  Result<std::vector<Input>> inputs = read_inputs(options);
  if (!inputs) return inputs.error();
  Loaded loaded;
  std::optional<Dictionary> dictionary;
  std::optional<Glossary> glossary;
  const std::string dict = align && !options.no_dict ? find_dictionary(options).path : "";
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
  analyse_options.source = options.source;
  analyse_options.zh_script = options.zh_script;
  analyse_options.zh_locale = options.zh_locale;
  analyse_options.resources.dictionary = dictionary ? &*dictionary : nullptr;
  analyse_options.resources.glossary = glossary ? &*glossary : nullptr;
  Result<Analysis> analysis = analyse(std::move(*inputs), analyse_options, *lexicons);
  if (!analysis) return analysis.error();
  loaded.analysis = std::move(*analysis);
  return loaded;
}

}  // namespace argmap::cli
