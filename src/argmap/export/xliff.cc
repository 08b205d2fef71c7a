#include "argmap/export/xliff.h"

#include <map>

#include "argmap/export/bitext.h"
#include "argmap/export/walk.h"

namespace argmap {
namespace {

// The findings of each link (by link index, the one the versions' index holds for a finding's
// first unit); findings on no linked unit go to the file (key -1).
using FindingsByLink = std::map<long, std::vector<const Finding*>>;

long link_of(const Analysis& analysis, Lang lang, const std::vector<std::size_t>& units) {
  const VersionAnalysis* v = analysis.find(lang);
  if (units.empty() || !v || units.front() >= v->index.link.size()) return -1;
  const std::size_t link = v->index.link[units.front()];
  return link == VersionIndex::kNone ? -1 : static_cast<long>(link);
}

FindingsByLink findings_by_link(const Analysis& analysis) {
  FindingsByLink out;
  for (const Finding& f : analysis.findings) {
    long link = link_of(analysis, Lang::kZh, f.zh);
    if (link < 0) link = link_of(analysis, Lang::kEn, f.en);
    out[link].push_back(&f);
  }
  return out;
}

// Priority 1 is the highest in XLIFF.
const char* priority(Severity s) {
  return s == Severity::kError ? "1" : s == Severity::kWarning ? "5" : "9";
}

std::string notes(const std::vector<const Finding*>& findings, const std::string& indent) {
  if (findings.empty()) return "";
  std::string out = indent + "<notes>\n";
  for (const Finding* f : findings) {
    out += indent + "  <note category=\"" + xml_escape(f->code) + "\" priority=\"" +
           priority(f->severity) + "\">" + xml_escape(f->message) + "</note>\n";
  }
  return out + indent + "</notes>\n";
}

// The original's text is the source, the translation's the target (absent when it has none).
std::string segment(const Analysis& analysis, const Link& link) {
  const Lang from = analysis.source, to = other(from);
  const auto& source = side(link, from);
  const auto& target = side(link, to);
  const bool both = !source.empty() && !target.empty();
  std::string out = std::string("      <segment state=\"") + (both ? "translated" : "initial") +
                    "\">\n        <source>" + xml_escape(side_text(analysis, from, source)) +
                    "</source>\n";
  if (!target.empty())
    out += "        <target>" + xml_escape(side_text(analysis, to, target)) + "</target>\n";
  return out + "      </segment>\n";
}

std::string xliff_unit(const Analysis& analysis, const Link& link, std::size_t n,
                       const std::vector<const Finding*>& findings) {
  const std::string name = side_ids(Lang::kZh, link.zh) + " | " + side_ids(Lang::kEn, link.en);
  std::string out = "    <unit id=\"link" + std::to_string(n) + "\" name=\"" + xml_escape(name) +
                    "\" type=\"argmap:" + link_kind(link) + "\">\n";
  out += notes(findings, "      ");
  return out + segment(analysis, link) + "    </unit>\n";
}

std::string original(const Analysis& analysis) {
  std::string out;
  for (const Input& in : analysis.doc.inputs) out += (out.empty() ? "" : " ") + in.path;
  return out;
}

// One XLIFF unit per row of the walk, its findings as notes.
class XliffWriter : public Walker {
 public:
  XliffWriter(const Analysis& analysis, FindingsByLink& findings, std::string& out)
      : analysis_(analysis), findings_(findings), out_(out) {}
  void row(const Link& link, std::size_t n) override {
    out_ += xliff_unit(analysis_, link, n + 1, findings_[static_cast<long>(n)]);
  }

 private:
  const Analysis& analysis_;
  FindingsByLink& findings_;
  std::string& out_;
};

}  // namespace

std::string write_xliff(const Analysis& analysis) {
  FindingsByLink findings = findings_by_link(analysis);
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" "
      "srcLang=\"" +
      xml_escape(analysis.tag(analysis.source)) + "\" trgLang=\"" +
      xml_escape(analysis.tag(other(analysis.source))) +
      "\">\n"
      "  <file id=\"f1\" original=\"" +
      xml_escape(original(analysis)) + "\">\n";
  out += notes(findings[-1], "    ");
  XliffWriter writer(analysis, findings, out);
  walk(analysis, writer);
  return out + "  </file>\n</xliff>\n";
}

}  // namespace argmap
