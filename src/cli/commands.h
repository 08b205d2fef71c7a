// The subcommands: each takes parsed options and returns the text to write, or an Error.
// main() alone prints, writes and exits.
#pragma once

#include <string>

#include "argmap/analysis.h"
#include "argmap/dictionary.h"
#include "argmap/error.h"
#include "cli/options.h"
#include "cli/output.h"

namespace argmap::cli {

// Reads the inputs and runs the pipeline, as every subcommand needs; `notes` collects what
// the user should hear about (a missing dictionary), for main to print.
struct Loaded {
  Analysis analysis;
  std::vector<std::string> notes;
};
Result<Loaded> load(const Options& options, bool need_both, bool align, bool check = false);
// Threads one analysis and its rendering may use.
unsigned threads_for(const Options& options);

// What every pair of a run shares, loaded once: the lexicons and the dictionary (read-only,
// so threads may share them), and the notes for the user.
struct Resources {
  Lexicons lexicons;
  std::optional<Dictionary> dictionary;
  std::vector<std::string> notes;
};
Result<Resources> load_resources(const Options& options, bool align);
// One run of the pipeline on options.inputs (and options.glossary) with shared resources.
Result<Analysis> analyse_with(const Options& options, const Resources& resources, bool need_both,
                              bool align, bool check);

// The analysis's argmap JSON, streamed when written (--compact: on one line). The rendering
// owns the analysis.
Rendered json_rendering(Loaded loaded, const Options& options);
// A rendered text, holding the analysis it was made from (see keep_until_exit).
Rendered text_rendering(std::string text, Loaded loaded);

// Where the Chinese-English dictionary comes from: --dict, else $ARGMAP_DICT, else the copy
// installed beside the executable (PREFIX/share/argmap, found from the executable's own path,
// so a moved install still works), else the copy `make` puts in the build tree. Empty path:
// none found.
struct DictionaryChoice {
  std::string path;
  std::string source;  // "--dict", "ARGMAP_DICT", "installed", "build tree"
};
DictionaryChoice find_dictionary(const Options& options);

// `argmap --version`: the version, and which dictionary a run would use.
std::string version_text(const Options& options);

Result<Rendered> run_parse(const Options& options);
Result<Rendered> run_align(const Options& options, std::vector<std::string>& notes);

Result<Rendered> run_export(const Options& options, std::vector<std::string>& notes);
std::vector<std::string> export_formats();
// `argmap export --formats`: per format a line NAME<TAB>EXTENSION (- for none)<TAB>MEDIA
// TYPE<TAB>compares|one, in the registry's order (.ci/export reads it).
std::string format_table();

// `check` also says whether findings reached --fail-on, for the exit code.
struct CheckOutcome {
  Rendered text{std::string()};
  bool failed = false;
};
Result<CheckOutcome> run_check(const Options& options, bool colour,
                               std::vector<std::string>& notes);

}  // namespace argmap::cli
