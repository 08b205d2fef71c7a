#include <algorithm>

#include "argmap/export/formats.h"
#include "cli/commands.h"
#include "cli/graphviz.h"

namespace argmap::cli {
namespace {

Result<std::string> render(const Format& format, const Analysis& a) {
  if (format.drawn) return render_svg(format.write(a));
  return format.write(a);
}

std::string joined(const std::vector<std::string>& names, const std::string& last) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == names.size() ? last : ", ") + names[i];
  }
  return out;
}

Error usage_error(std::string message) {
  return Error{ExitCode::kUsage, "", std::nullopt, 0, 0, std::move(message)};
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
  for (const Format& f : formats()) out.emplace_back(f.name);
  std::sort(out.begin(), out.end());
  return out;
}

std::string format_table() {
  std::string out;
  for (const Format& f : formats()) {
    out += std::string(f.name) + "\t" + std::string(f.extension.empty() ? "-" : f.extension) +
           "\t" + std::string(f.media_type) + "\t" + (f.compares_versions ? "compares" : "one") +
           "\n";
  }
  return out;
}

// `argmap export --to FORMAT`: the whole pipeline, then one writer.
Result<Rendered> run_export(const Options& options, std::vector<std::string>& notes) {
  const Format* format = find_format(options.to);
  if (!format) {
    return usage_error("--to takes one of " + joined(export_formats(), ", ") + ", not '" +
                       options.to + "'");
  }
  if (options.only && format->compares_versions) {
    return usage_error("--only works with " + joined(one_version_formats(), " and ") + ", not " +
                       options.to);
  }
  Result<Loaded> loaded = load(options, /*need_both=*/false, /*align=*/true, /*check=*/true);
  if (!loaded) return loaded.error();
  notes = std::move(loaded->notes);
  if (options.only) {
    if (auto error = keep_only(loaded->analysis, *options.only)) return *error;
  }
  if (options.to == "json") return json_rendering(std::move(*loaded), options);
  Result<std::string> text = render(*format, loaded->analysis);
  if (!text) return text.error();
  return text_rendering(std::move(*text), std::move(*loaded));
}

}  // namespace argmap::cli
