#include "argmap/export/review.h"

#include "argmap/export/location.h"
#include "argmap/ids.h"

namespace argmap {
namespace {

constexpr std::size_t kShownUnits = 3;  // an aggregated finding shows this many texts

const char* colour_of(Severity s) {
  return s == Severity::kError     ? "\033[1;31m"
         : s == Severity::kWarning ? "\033[1;33m"
                                   : "\033[1;36m";
}

std::string where(const Location& l) {
  return l.path + ":" + std::to_string(l.start.line) + ":" + std::to_string(l.start.column);
}

std::string header(const Analysis& a, const Locator& at, const Finding& f, bool colour) {
  const VersionAnalysis& zh = *a.find(Lang::kZh);
  const VersionAnalysis& en = *a.find(Lang::kEn);
  const std::string place = !f.zh.empty()   ? where(at.of(zh, f.zh.front()))
                            : !f.en.empty() ? where(at.of(en, f.en.front()))
                                            : a.doc.inputs.front().path;
  const std::string sev = std::string(severity_name(f.severity)) + "[" + f.code + "]";
  if (!colour) return place + ": " + sev + ": " + f.message + "\n";
  return "\033[1m" + place + ":\033[0m " + colour_of(f.severity) + sev + "\033[0m: " + f.message +
         "\n";
}

// Indented lines: each version's location and text, a few units at most.
std::string body(const Analysis& a, const Locator& at, const Finding& f) {
  std::string out;
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    const VersionAnalysis& v = *a.find(lang);
    const auto& units = side(f, lang);
    for (std::size_t i = 0; i < units.size() && i < kShownUnits; ++i) {
      out += "    " + std::string(lang_code(lang)) + " " + where(at.of(v, units[i])) + "  " +
             unit_id(lang, units[i]) + "  " + v.units[units[i]].text + "\n";
    }
    if (units.size() > kShownUnits) {
      out += "    " + std::string(lang_code(lang)) + " … and " +
             std::to_string(units.size() - kShownUnits) + " more\n";
    }
  }
  return out;
}

std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

std::string review_summary(const std::vector<Finding>& findings) {
  std::size_t counts[3] = {0, 0, 0};
  for (const Finding& f : findings) ++counts[static_cast<int>(f.severity)];
  return plural(counts[0], "error") + ", " + plural(counts[1], "warning") + ", " +
         std::to_string(counts[2]) + " info";
}

std::string write_review(const Analysis& analysis, bool colour) {
  if (!analysis.alignment) return "nothing to review: both versions are needed\n";
  const Locator at(analysis);
  std::string out;
  // Findings on the same units are grouped: their headers, then the units' texts once.
  const auto& fs = analysis.findings;
  for (std::size_t i = 0; i < fs.size(); ++i) {
    out += header(analysis, at, fs[i], colour);
    const bool same_next =
        i + 1 < fs.size() && fs[i + 1].zh == fs[i].zh && fs[i + 1].en == fs[i].en;
    if (!same_next) out += body(analysis, at, fs[i]);
  }
  return out + review_summary(analysis.findings) + "\n";
}

}  // namespace argmap
