#include "cli/options.h"

#include <functional>
#include <map>

#include "argmap/export/formats.h"

namespace argmap::cli {
namespace {

Error usage(std::string message) {
  return Error{
      ExitCode::kUsage, "", std::nullopt, 0, 0, std::move(message) + " (see 'argmap --help')"};
}

const std::vector<std::string> kCommands = {"parse", "align", "check", "export", "batch"};

// A whole number in [low, high], or nothing.
std::optional<unsigned> whole_number(const std::string& v, unsigned low, unsigned high) {
  if (v.empty() || v.size() > 6 || v.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  const unsigned n = static_cast<unsigned>(std::stoul(v));
  if (n < low || n > high) return std::nullopt;
  return n;
}

std::optional<Error> set_shard(Options& o, const std::string& v) {
  const std::size_t slash = v.find('/');
  const auto n =
      slash == std::string::npos ? std::nullopt : whole_number(v.substr(slash + 1), 1, 100000);
  const auto k = n ? whole_number(v.substr(0, slash), 1, *n) : std::nullopt;
  if (!k) return usage("--shard takes K/N with 1 <= K <= N, not '" + v + "'");
  o.shard = *k;
  o.shards = *n;
  return std::nullopt;
}

using Setter = std::function<std::optional<Error>(Options&, const std::string&)>;

const std::map<std::string, Setter>& valued_flags() {
  static const std::map<std::string, Setter> flags = {
      {"--lang",
       [](Options& o, const std::string& v) -> std::optional<Error> {
         o.lang = parse_lang(v);
         if (!o.lang) return usage("--lang takes zh or en, not '" + v + "'");
         return std::nullopt;
       }},
      {"--units",
       [](Options& o, const std::string& v) -> std::optional<Error> {
         if (v != "auto" && v != "lines")
           return usage("--units takes auto or lines, not '" + v + "'");
         o.units = v == "lines" ? UnitMode::kLines : UnitMode::kAuto;
         return std::nullopt;
       }},
      {"--lexicon",
       [](Options& o, const std::string& v) -> std::optional<Error> {
         o.lexicon_dir = v;
         return std::nullopt;
       }},
      {"--format",
       [](Options& o, const std::string& v) -> std::optional<Error> {
         if (v != "json" && v != "text" && v != "sarif") {
           return usage("--format takes json, text or sarif, not '" + v + "'");
         }
         o.format = v;
         return std::nullopt;
       }},
      {"--dict",
       [](Options& o, const std::string& v) -> std::optional<Error> {
         o.dict = v;
         return std::nullopt;
       }},
      {"--glossary",
       [](Options& o, const std::string& v) -> std::optional<Error> {
         o.glossary = v;
         return std::nullopt;
       }},
      {"--fail-on",
       [](Options& o, const std::string& v) -> std::optional<Error> {
         if (v != "error" && v != "warning" && v != "info" && v != "never") {
           return usage("--fail-on takes error, warning, info or never, not '" + v + "'");
         }
         o.fail_on = v;
         return std::nullopt;
       }},
      {"--source",
       [](Options& o, const std::string& v) -> std::optional<Error> {
         const std::optional<Lang> lang = parse_lang(v);
         if (!lang) return usage("--source takes zh or en, not '" + v + "'");
         o.source = *lang;
         return std::nullopt;
       }},
      {"--zh-script",
       [](Options& o, const std::string& v) -> std::optional<Error> {
         o.zh_script = parse_zh_script(v);
         if (!o.zh_script) return usage("--zh-script takes hans or hant, not '" + v + "'");
         return std::nullopt;
       }},
      {"--zh-locale",
       [](Options& o, const std::string& v) -> std::optional<Error> {
         if (v != "zh-CN" && v != "zh-SG" && v != "zh-TW" && v != "zh-HK" && v != "zh-MO")
           return usage("--zh-locale takes zh-CN, zh-SG, zh-TW, zh-HK or zh-MO, not '" + v + "'");
         o.zh_locale = v;
         return std::nullopt;
       }},
      {"--only",
       [](Options& o, const std::string& v) -> std::optional<Error> {
         o.only = parse_lang(v);
         if (!o.only) return usage("--only takes zh or en, not '" + v + "'");
         return std::nullopt;
       }},
      {"--to",
       [](Options& o, const std::string& v) -> std::optional<Error> {
         o.to = v;
         return std::nullopt;
       }},
      {"--jobs",
       [](Options& o, const std::string& v) -> std::optional<Error> {
         const std::optional<unsigned> n = whole_number(v, 1, 1024);
         if (!n) return usage("--jobs takes a number from 1 to 1024, not '" + v + "'");
         o.jobs = *n;
         return std::nullopt;
       }},
      {"--shard", set_shard},
      {"--manifest-dir",
       [](Options& o, const std::string& v) -> std::optional<Error> {
         o.manifest_dir = v;
         return std::nullopt;
       }},
      {"-o",
       [](Options& o, const std::string& v) -> std::optional<Error> {
         o.output = v;
         return std::nullopt;
       }},
  };
  return flags;
}

std::optional<Error> take_word(Options& o, const std::string& word) {
  if (o.command.empty()) {
    if (std::find(kCommands.begin(), kCommands.end(), word) == kCommands.end()) {
      return usage("unknown command '" + word + "'");
    }
    o.command = word;
    return std::nullopt;
  }
  if (o.command == "batch" && !o.inputs.empty())
    return usage("argmap batch reads one manifest, got a second: '" + word + "'");
  if (o.inputs.size() == 2) return usage("at most two inputs, got a third: '" + word + "'");
  o.inputs.push_back(word);
  return std::nullopt;
}

std::optional<Error> check(const Options& o) {
  if (o.help || o.version) return std::nullopt;
  if (o.list_formats && o.command != "export") return usage("--formats is for argmap export");
  if (o.list_formats) return std::nullopt;
  if (o.command.empty()) return usage("no command given");
  if (o.inputs.empty())
    return usage("'" + o.command + "' needs an input file (or - for standard input)");
  if (o.inputs.size() == 2 && o.lang) return usage("--lang reads one one-language input, not two");
  if (o.command == "export" && o.to.empty()) return usage("argmap export needs --to FORMAT");
  if (o.command == "batch" && (o.output.empty() || o.output == "-"))
    return usage("argmap batch needs -o DIR, the folder its outputs go to");
  if (o.command != "batch" && (o.jobs || o.shards > 1 || o.resume || !o.manifest_dir.empty()))
    return usage("--jobs, --shard, --resume and --manifest-dir are for argmap batch");
  if (o.format == "sarif" && o.command != "check")
    return usage("--format sarif is for argmap check");
  if (o.only && o.command != "export") return usage("--only is for argmap export");
  if (o.lang && o.command != "parse")
    return usage("argmap " + o.command + " needs both versions; --lang is for parse");
  if (o.inputs.size() == 2 && o.inputs[0] == "-" && o.inputs[1] == "-") {
    return usage("standard input can be read only once");
  }
  return std::nullopt;
}

// Greedy word wrap at `width` columns (ASCII text).
std::string wrapped(const std::string& text, std::size_t width) {
  std::string out, line;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t space = std::min(text.find(' ', at), text.size());
    const std::string word = text.substr(at, space - at);
    if (!line.empty() && line.size() + 1 + word.size() > width) out += line + "\n", line.clear();
    line += (line.empty() ? "" : " ") + word;
    at = space + 1;
  }
  return out + line + "\n";
}

// The formats of the registry, one a line with its summary.
std::string format_lines() {
  std::string out;
  for (const Format& f : formats()) {
    std::string name(f.name);
    out += "  " + name + std::string(name.size() < 9 ? 9 - name.size() : 1, ' ') +
           std::string(f.summary) + "\n";
  }
  return out;
}

std::string only_note() {
  const std::vector<std::string> names = one_version_formats();
  std::string list;
  for (std::size_t i = 0; i < names.size(); ++i) {
    list += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
  }
  return wrapped("--only zh|en keeps one version's map (a graph per version): with " + list +
                     "; the other formats compare the two versions and need both.",
                 91);
}

std::string export_help() {
  return R"(argmap export — argument maps for other tools and for people

Usage:
  argmap export INPUT [INPUT2] --to FORMAT [--only zh|en] [-o PATH] [--glossary FILE]
               [--dict PATH | --no-dict]
  argmap export --formats

Runs the whole pipeline (graphs, alignment, review) and writes one format:
)" + format_lines() +
         "\n" + only_note() + R"(
--formats lists the formats one a line: name, file extension in export/ (- for none),
media type, and compares or one (whether it needs both versions).

Examples:
  argmap export corpus/scaling-compute-agi.zh-en.txt --to json -o map.json
  argmap export corpus/cycling-cities.zh.md corpus/cycling-cities.en.md --to review
  argmap export corpus/scaling-compute-agi.zh-en.txt --to svg --only zh -o zh.svg
)";
}

}  // namespace

Result<Options> parse_options(const std::vector<std::string>& args) {
  Options o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    std::string name = a, value;
    const bool has_inline = a.rfind("--", 0) == 0 && a.find('=') != std::string::npos;
    if (has_inline) {
      name = a.substr(0, a.find('='));
      value = a.substr(a.find('=') + 1);
    }
    if (a == "-h" || a == "--help") {
      o.help = true;
    } else if (a == "--version") {
      o.version = true;
    } else if (a == "--dry-run") {
      o.dry_run = true;
    } else if (a == "--resume") {
      o.resume = true;
    } else if (a == "--compact") {
      o.compact = true;
    } else if (a == "--explain") {
      o.explain = true;
    } else if (a == "--formats") {
      o.list_formats = true;
    } else if (a == "--no-dict") {
      o.no_dict = true;
    } else if (auto it = valued_flags().find(name); it != valued_flags().end()) {
      if (!has_inline && i + 1 >= args.size()) return usage(name + " needs a value");
      if (auto err = it->second(o, has_inline ? value : args[++i])) return *err;
    } else if (a.size() > 1 && a[0] == '-') {
      return usage("unknown option '" + a + "'");
    } else if (auto err = take_word(o, a)) {
      return *err;
    }
  }
  if (auto err = check(o)) return *err;
  return o;
}

std::string main_help() {
  return R"(argmap — argument maps of a Chinese essay and its English translation

Usage:
  argmap parse INPUT [INPUT2] [options]   argument graph of each language version, as JSON
  argmap align INPUT [INPUT2] [options]   graphs plus the alignment of the two versions
  argmap check INPUT [INPUT2] [options]   translation review: findings as text, JSON or SARIF
  argmap export INPUT [INPUT2] --to FORMAT [-o PATH]   argument maps for other tools and people
  argmap batch MANIFEST -o DIR [--jobs N] [--shard K/N] [--resume]   check many pairs at once
  argmap --version
  argmap COMMAND --help

INPUT is one bilingual file (a Chinese and an English block in either order, or paragraphs
interleaved) or, with INPUT2, one file per language. '-' reads standard input.

Options:
  --lang zh|en        the input holds only this language
  --units auto|lines  lines: the input is already segmented, one unit per non-empty line
  --lexicon DIR       read zh.json and en.json from DIR instead of the built-in lexicons
  --format FORMAT     parse: json (default) or text; check: text (default), json or sarif
  --compact           JSON on one line with no indentation (parse, align, check, export
                      --to json); the default output is indented
  --fail-on LEVEL     check: exit 1 when a finding is at or above error (default), warning,
                      info; never: always 0
  --explain           each unit with its role, its relations and the rules behind them
  --dict PATH         CC-CEDICT file for lexical anchors (default: $ARGMAP_DICT, then
                      PREFIX/share/argmap/ beside an installed argmap, then the copy the
                      Makefile puts in build/dict/); --version says which one is used
  --no-dict           align without a dictionary
  --source zh|en      the original (default zh); omission and addition are named from it,
                      and TMX, XLIFF, SARIF and the review page put it first
  --zh-script hans|hant  the Chinese is Simplified or Traditional (default: detected);
                      Traditional is read through its Simplified form, output keeps the original
  --zh-locale TAG     the Chinese side's language tag in TMX and XLIFF: zh-CN, zh-SG, zh-TW,
                      zh-HK or zh-MO (default: zh-Hant for Traditional, zh-CN for Simplified)
  --glossary FILE     terms, one 中文术语<TAB>english|alternative a line, # comments
  -o PATH             write to PATH (whole or not at all) instead of standard output

Exit codes:
  0 done   1 findings at or above --fail-on   2 usage   65 input is not usable text   66 input cannot be opened
  73 output cannot be created   74 I/O error

Examples:
  argmap parse corpus/scaling-compute-agi.zh-en.txt -o essay.json
  argmap parse corpus/cycling-cities.zh.md corpus/cycling-cities.en.md
  argmap parse --lang en notes.txt
)";
}

std::string command_help(const std::string& command) {
  if (command == "export") return export_help();
  if (command == "batch") {
    return R"(argmap batch — check many document pairs in one process, on every core

Usage:
  argmap batch MANIFEST -o DIR [--jobs N] [--shard K/N] [--resume] [--fail-on LEVEL]
               [--dict PATH | --no-dict] [--lexicon DIR] [--compact]

MANIFEST is JSON Lines (schemas/batch-manifest.schema.json), one pair a line:
  {"id": "a", "inputs": ["a.zh.md", "a.en.md"], "source": "en", "glossary": "terms.tsv"}
optional per pair: lang (one-language input, parsed only), units, source, glossary. Relative
paths are read from the manifest's folder. Blank lines and lines starting with # are skipped;
- reads standard input. Ids must be unique and safe as file names (A-Z a-z 0-9 . _ -); a bad
line stops the run before any work, with MANIFEST:LINE:COL.

DIR/ID.json is what `argmap check --format json` writes for the pair, written whole or not
at all. DIR/summary.jsonl has one line per pair in manifest order (schemas/
batch-summary.schema.json): ok with counts by severity and elapsed ms, or error with the exit
code and message `check` would give. An unusable pair does not stop the others.

--jobs N     threads (default: one per core); the dictionary and lexicons are loaded once
--shard K/N  only pairs K, K+N, K+2N, ... of the manifest (1 <= K <= N), for job arrays;
             the summary is DIR/summary-K-of-N.jsonl
--resume     skip a pair whose output exists and whose inputs have the SHA-256 it records
--dry-run    check the manifest (fields, ids) and stop: exit 0 or its one error line
--manifest-dir DIR2  read relative paths from DIR2 instead of the manifest's folder (the
             working directory when the manifest is standard input)

A progress line goes to standard error when it is a terminal, nothing otherwise.
Exit: 0 every pair ran, 1 a finding reached --fail-on (default error), 65 some pair unusable.

Examples:
  argmap batch pairs.jsonl -o reviews/
  argmap batch pairs.jsonl -o reviews/ --shard $SLURM_ARRAY_TASK_ID/8 --resume
)";
  }
  if (command == "check") {
    return R"(argmap check — review the translation: differences a careful reviewer would flag

Usage:
  argmap check INPUT [INPUT2] [--format text|json|sarif] [--fail-on error|warning|info|never]
               [--glossary FILE] [--dict PATH | --no-dict] [-o PATH]

Each finding has a stable code, a severity, a message and the units in both versions:
omission, addition, partial-omission, polarity, relation, connective, role, number,
enumeration, structure, untranslated, terminology (with --glossary), term-consistency,
major-claim, question, emphasis.

--format text prints `path:line:col: severity[code]: message` with both versions' locations
and texts under it (colour on a terminal unless NO_COLOR is set) and a closing count;
json writes argmap JSON with `findings`; sarif writes SARIF 2.1.0.

Examples:
  argmap check corpus/scaling-compute-agi.zh-en.txt
  argmap check zh.md en.md --glossary terms.tsv --fail-on warning
  argmap check corpus/scaling-compute-agi.zh-en.txt --format sarif -o review.sarif
)";
  }
  if (command == "align") {
    return R"(argmap align — align the Chinese and English versions unit by unit

Usage:
  argmap align INPUT [INPUT2] [--dict PATH | --no-dict] [--glossary FILE] [--units auto|lines]
               [--lexicon DIR] [-o PATH]

Writes argmap JSON with `alignment`: links {zh: [ids], en: [ids], score, kind} covering every
unit of both versions in document order (a unit without counterpart sits in a link whose other
side is empty), `alignment_sections` and `alignment_relations` (each relation of one graph
mapped onto the other: same, type_differs or no_counterpart).

Sections are paired first (preamble, numbers, closing), then units inside each pair by dynamic
programming over 1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3 and 3-1 beads, scored by a length model
(English letters ≈ 3.0 × Chinese characters), dictionary and glossary anchors, numbers, Latin
tokens, punctuation and unit kind.

Examples:
  argmap align corpus/scaling-compute-agi.zh-en.txt
  argmap align corpus/cycling-cities.zh.md corpus/cycling-cities.en.md --glossary terms.tsv
  argmap align --units lines zh.txt en.txt --no-dict
)";
  }
  if (command == "parse") {
    return R"(argmap parse — read an essay into sections, units and argument graphs (argmap JSON)

Usage:
  argmap parse INPUT [INPUT2] [--lang zh|en] [--units auto|lines] [--lexicon DIR]
               [--format json|text] [--explain] [-o PATH]

Writes argmap JSON version 1 (schemas/argmap.schema.json): the inputs with their SHA-256, and
for each language version its sections, units (title, heading, sentence, list_item) with byte
spans and line:column into the input, their role (major_claim, claim, premise, background) and
features (connectives with senses, negation, hedges, numbers), lists with their lead-in, and
support/attack relations, each with its marker, rule id and confidence.

Examples:
  argmap parse corpus/scaling-compute-agi.zh-en.txt
  argmap parse corpus/scaling-compute-agi.zh-en.txt --format text
  argmap parse corpus/scaling-compute-agi.zh-en.txt --explain
  argmap parse zh.txt en.txt -o map.json
  argmap parse --lang zh --units lines segmented.zh.txt
  cat essay.txt | argmap parse -
)";
  }
  return main_help();
}

}  // namespace argmap::cli
