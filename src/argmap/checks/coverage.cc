// Omission, addition and partial omission: what one version says and the other does not.
#include <cmath>

#include "argmap/anchors.h"
#include "argmap/checks/rules.h"
#include "argmap/text.h"

namespace argmap::checks {
namespace {

// Sections present in one version only are reported once by the structure rule.
bool section_missing(const CheckInput& in, Lang lang, std::size_t section) {
  for (const SectionLink& s : in.alignment.sections) {
    const auto& mine = lang == Lang::kZh ? s.zh : s.en;
    const auto& theirs = lang == Lang::kZh ? s.en : s.zh;
    if (mine == section) return !theirs.has_value();
  }
  return false;
}

double letters(const VersionAnalysis& v, const std::vector<std::size_t>& units) {
  double n = 0;
  for (std::size_t u : units) {
    std::size_t i = 0;
    const std::string& t = v.units[u].text;
    while (i < t.size()) {
      const char32_t c = decode_utf8(t, i);
      if (script_of(c) != Script::kOther || (c >= '0' && c <= '9')) n += 1;
    }
  }
  return n;
}

void one_sided(const CheckInput& in, Lang lang, std::vector<Finding>& out) {
  const VersionAnalysis& v = in.version(lang);
  for (const Link& l : in.alignment.links) {
    const auto& mine = lang == Lang::kZh ? l.zh : l.en;
    const auto& theirs = lang == Lang::kZh ? l.en : l.zh;
    if (mine.empty() || !theirs.empty()) continue;
    if (section_missing(in, lang, v.units[mine.front()].section)) continue;
    Finding f;
    f.code = lang == Lang::kZh ? "omission" : "addition";
    f.severity = lang == Lang::kZh ? Severity::kError : Severity::kWarning;
    f.message = lang == Lang::kZh ? "not translated: the English version has nothing for " +
                                        quote(v.units[mine.front()].text)
                                  : "added in translation: the Chinese version has nothing for " +
                                        quote(v.units[mine.front()].text);
    (lang == Lang::kZh ? f.zh : f.en) = mine;
    out.push_back(std::move(f));
  }
}

}  // namespace

void omission(const CheckInput& in, std::vector<Finding>& out) { one_sided(in, Lang::kZh, out); }
void addition(const CheckInput& in, std::vector<Finding>& out) { one_sided(in, Lang::kEn, out); }

// A pair far off the length model (log English letters / Chinese characters) lost or gained
// content inside the sentence. Short units are left alone: their ratio says little.
void partial_omission(const CheckInput& in, std::vector<Finding>& out) {
  for (const Link* l : in.two_sided()) {
    if (wrong_script(in, *l)) continue;
    const double zh = letters(in.zh, l->zh), en = letters(in.en, l->en);
    if (zh < 12 || en < 12) continue;
    const double d = (std::log(en / zh) - kLogRatio) / kLogSd;
    if (std::abs(d) < 3.5) continue;
    const long expected = std::lround(zh * std::exp(kLogRatio));
    Finding f{"partial-omission", Severity::kWarning, "", l->zh, l->en};
    f.message =
        (d < 0 ? "English much shorter than expected (" : "English much longer than expected (") +
        std::to_string(static_cast<long>(en)) + " letters for " +
        std::to_string(static_cast<long>(zh)) + " Chinese characters; about " +
        std::to_string(expected) +
        " expected): " + (d < 0 ? "content may be missing" : "content may have been added");
    out.push_back(std::move(f));
  }
}

}  // namespace argmap::checks
