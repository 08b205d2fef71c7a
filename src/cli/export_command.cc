#include <functional>
#include <map>

#include "argmap/export/aif.h"
#include "argmap/export/argdown.h"
#include "argmap/export/dot.h"
#include "argmap/export/html.h"
#include "argmap/export/json.h"
#include "argmap/export/md.h"
#include "argmap/export/outline.h"
#include "argmap/export/review.h"
#include "argmap/export/sarif.h"
#include "argmap/export/tmx.h"
#include "argmap/export/xliff.h"
#include "cli/commands.h"
#include "cli/graphviz.h"

namespace argmap::cli {
namespace {

using Writer = std::function<Result<std::string>(const Analysis&)>;

template <class F>
Writer plain(F f) {
  return [f](const Analysis& a) -> Result<std::string> { return f(a); };
}

// Every format `argmap export --to` knows, with the writer that makes it.
const std::map<std::string, Writer>& writers() {
  static const std::map<std::string, Writer> table = {
      {"dot", plain([](const Analysis& a) { return write_dot(a); })},
      {"html", plain([](const Analysis& a) { return write_html(a); })},
      {"json", plain([](const Analysis& a) { return write_json(a); })},
      {"svg", [](const Analysis& a) { return render_svg(write_dot(a)); }},
      {"text", plain([](const Analysis& a) { return write_outline(a, /*explain=*/true); })},
      {"review", plain([](const Analysis& a) { return write_review(a, /*colour=*/false); })},
      {"sarif", plain([](const Analysis& a) { return write_sarif(a); })},
      {"aif", plain([](const Analysis& a) { return write_aif(a); })},
      {"argdown", plain([](const Analysis& a) { return write_argdown(a); })},
      {"md", plain([](const Analysis& a) { return write_md(a); })},
      {"tmx", plain([](const Analysis& a) { return write_tmx(a); })},
      {"xliff", plain([](const Analysis& a) { return write_xliff(a); })},
  };
  return table;
}

// The formats that show one version's map on its own (--only); the others compare the two.
bool shows_one_version(const std::string& format) {
  for (const char* f : {"json", "text", "aif", "argdown", "md", "dot", "svg"}) {
    if (format == f) return true;
  }
  return false;
}

// Keeps only `lang`'s version: no alignment and no findings, which need both.
std::optional<Error> keep_only(Analysis& a, Lang lang) {
  const VersionAnalysis* kept = a.find(lang);
  if (!kept) {
    return Error{ExitCode::kDataError,
                 "",
                 std::nullopt,
                 0,
                 0,
                 std::string("--only ") + std::string(lang_code(lang)) + ": no such version found"};
  }
  VersionAnalysis v = *kept;
  a.versions = {std::move(v)};
  a.alignment.reset();
  a.findings.clear();
  a.checked = false;
  return std::nullopt;
}

}  // namespace

std::vector<std::string> export_formats() {
  std::vector<std::string> out;
  for (const auto& [name, writer] : writers()) out.push_back(name);
  return out;
}

// `argmap export --to FORMAT`: the whole pipeline, then one writer.
Result<Rendered> run_export(const Options& options, std::vector<std::string>& notes) {
  const auto it = writers().find(options.to);
  if (it == writers().end()) {
    std::string known;
    for (const std::string& f : export_formats()) known += (known.empty() ? "" : ", ") + f;
    return Error{ExitCode::kUsage,
                 "",
                 std::nullopt,
                 0,
                 0,
                 "--to takes one of " + known + ", not '" + options.to + "'"};
  }
  if (options.only && !shows_one_version(options.to)) {
    return Error{ExitCode::kUsage,
                 "",
                 std::nullopt,
                 0,
                 0,
                 "--only works with json, text, aif, argdown, md, dot and svg, not " + options.to};
  }
  Result<Loaded> loaded = load(options, /*need_both=*/false, /*align=*/true, /*check=*/true);
  if (!loaded) return loaded.error();
  notes = std::move(loaded->notes);
  if (options.only) {
    if (auto error = keep_only(loaded->analysis, *options.only)) return *error;
  }
  if (options.to == "json") return json_rendering(std::move(*loaded), options);
  Result<std::string> text = it->second(loaded->analysis);
  if (!text) return text.error();
  return Rendered(std::move(*text));
}

}  // namespace argmap::cli
