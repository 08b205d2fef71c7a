// Command-line options shared by every subcommand: parsed into a value, errors as values.
// Nothing here prints or exits; main does.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "argmap/document.h"
#include "argmap/error.h"
#include "argmap/han_script.h"

namespace argmap::cli {

struct Options {
  std::string command;                // parse, ...; empty with --help / --version alone
  std::vector<std::string> inputs;    // one or two paths; "-" is standard input
  std::optional<Lang> lang;           // --lang
  UnitMode units = UnitMode::kAuto;   // --units
  std::string lexicon_dir;            // --lexicon DIR
  std::string output;                 // -o PATH; empty: standard output
  std::string format;                 // --format; empty: the command's default
  std::string dict;                   // --dict PATH
  bool no_dict = false;               // --no-dict
  std::string glossary;               // --glossary FILE
  std::string fail_on = "error";      // --fail-on error|warning|info|never
  std::string to;                     // export --to FORMAT
  std::optional<Lang> only;           // export --only zh|en: one version's map
  Lang source = Lang::kZh;            // --source zh|en: the original
  std::optional<ZhScript> zh_script;  // --zh-script hans|hant; else detected
  std::string zh_locale;              // --zh-locale zh-CN|zh-SG|zh-TW|zh-HK|zh-MO
  unsigned jobs = 0;                  // batch --jobs N; 0: one per core
  unsigned shard = 1, shards = 1;     // batch --shard K/N: the K-th of N slices (1-based)
  std::string manifest_dir;           // batch --manifest-dir: relative paths resolve from here
  bool dry_run = false;               // batch --dry-run: check the manifest, run nothing
  bool resume = false;                // batch --resume: skip pairs already done, inputs unchanged
  bool compact = false;               // --compact: JSON on one line, for pipelines
  bool explain = false;               // --explain: roles, relations and their rules as text
  bool list_formats = false;          // export --formats: the format registry, one a line
  bool help = false;
  bool version = false;
};

Result<Options> parse_options(const std::vector<std::string>& args);

std::string main_help();
std::string command_help(const std::string& command);

}  // namespace argmap::cli
