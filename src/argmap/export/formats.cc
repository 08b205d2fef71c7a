#include "argmap/export/formats.h"

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

namespace argmap {
namespace {

std::string json(const Analysis& a) { return write_json(a); }
std::string text(const Analysis& a) { return write_outline(a, /*explain=*/true); }
std::string review(const Analysis& a) { return write_review(a, /*colour=*/false); }

}  // namespace

const std::vector<Format>& formats() {
  static const std::vector<Format> table = {
      {"json", "json", "application/json", false, "argmap JSON (schemas/argmap.schema.json)", json},
      {"text", "", "text/plain", false, "the units with roles, relations and rules, for people",
       text},
      {"review", "review.txt", "text/plain", true, "the translation review, compiler style",
       review},
      {"sarif", "sarif", "application/sarif+json", true, "the review as SARIF 2.1.0", write_sarif},
      {"dot", "dot", "text/vnd.graphviz", false,
       "Graphviz DOT: one digraph, the versions side by side, alignment edges between", write_dot},
      {"svg", "svg", "image/svg+xml", false,
       "that DOT drawn by Graphviz `dot -Tsvg` (needs Graphviz; exit 74 without it)", write_dot,
       /*drawn=*/true},
      {"html", "review.html", "text/html", true,
       "one self-contained page for translation review: aligned rows, findings, filter",
       write_html},
      {"aif", "aif.json", "application/json", false,
       "Argument Interchange Format JSON (AIFdb, OVA): both maps, alignment as MA nodes",
       write_aif},
      {"argdown", "argdown", "text/plain", false,
       "Argdown source: statements and +>/-> relations per section", write_argdown},
      {"md", "md", "text/markdown", false,
       "a Markdown outline: claims with their premises nested under them", write_md},
      {"tmx", "tmx", "application/x-tmx+xml", true,
       "TMX 1.4b: one translation unit per alignment link", write_tmx},
      {"xliff", "xlf", "application/xliff+xml", true,
       "XLIFF 2.1: one unit per alignment link, review findings as notes", write_xliff},
  };
  return table;
}

const Format* find_format(std::string_view name) {
  for (const Format& f : formats()) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

std::vector<std::string> one_version_formats() {
  std::vector<std::string> out;
  for (const Format& f : formats()) {
    if (!f.compares_versions) out.emplace_back(f.name);
  }
  return out;
}

}  // namespace argmap
