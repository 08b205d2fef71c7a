#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "argmap/check.h"
#include "argmap/dictionary.h"
#include "argmap/glossary.h"
#include "argmap/second_thread.h"
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

// Each input read (and checked, and hashed), two at once when the command may use two
// threads and none is standard input; the first failure in the inputs' order is reported.
Result<std::vector<Input>> read_inputs(const Options& options) {
  const std::vector<std::string>& paths = options.inputs;
  const bool piped = std::find(paths.begin(), paths.end(), "-") != paths.end();
  std::vector<Result<Input>> read(paths.size(), Error{});
  for_each_index(read.size(), piped ? 1 : threads_for(options),
                 [&](std::size_t i) { read[i] = read_input(paths[i]); });
  std::vector<Input> inputs;
  for (Result<Input>& input : read) {
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

Result<Resources> load_resources(const Options& options, bool align) {
  Result<Lexicons> lexicons =
      options.lexicon_dir.empty() ? builtin_lexicons() : load_lexicons(options.lexicon_dir);
  if (!lexicons) return lexicons.error();
  if (auto unknown = unknown_calibration_case(lexicons->calibration)) return *unknown;
  Resources r{std::move(*lexicons), std::nullopt, {}};
  const std::string dict = align && !options.no_dict ? find_dictionary(options).path : "";
  if (!dict.empty()) {
    const Lexicon& en = r.lexicons.en;
    Result<Dictionary> d = Dictionary::open(dict, en.glosses, en.stem_rules);
    if (!d) return d.error();
    r.dictionary = std::move(*d);
  } else if (align && !options.no_dict) {
    r.notes.push_back(
        "no Chinese-English dictionary found (give --dict PATH or set ARGMAP_DICT); aligning "
        "without lexical anchors");
  }
  return r;
}

AnalyseOptions analyse_options(const Options& options, bool need_both, bool align, bool check) {
  AnalyseOptions a;
  a.split.only = options.lang;
  a.split.need_both = need_both && !options.lang;
  a.split.units = options.units;
  a.align = align;
  a.check = check;
  a.source = options.source;
  a.zh_script = options.zh_script;
  a.zh_locale = options.zh_locale;
  a.threads = threads_for(options);
  return a;
}

// One command's work on two threads; batch's pool already fills the cores.
unsigned threads_for(const Options& options) { return options.command == "batch" ? 1 : 2; }

Result<Analysis> analyse_with(const Options& options, const Resources& resources, bool need_both,
                              bool align, bool check) {
  Result<std::vector<Input>> inputs = read_inputs(options);
  if (!inputs) return inputs.error();
  std::optional<Glossary> glossary;
  if (!options.glossary.empty()) {
    Result<Glossary> g = read_glossary(options.glossary);
    if (!g) return g.error();
    glossary = std::move(*g);
  }
  AnalyseOptions a = analyse_options(options, need_both, align, check);
  a.resources.dictionary = resources.dictionary ? &*resources.dictionary : nullptr;
  a.resources.glossary = glossary ? &*glossary : nullptr;
  return analyse(std::move(*inputs), a, resources.lexicons);
}

Result<Loaded> load(const Options& options, bool need_both, bool align, bool check) {
  Result<Resources> resources = load_resources(options, align);
  if (!resources) return resources.error();
  Result<Analysis> analysis = analyse_with(options, *resources, need_both, align, check);
  if (!analysis) return analysis.error();
  return Loaded{std::move(*analysis), std::move(resources->notes)};
}

}  // namespace argmap::cli
