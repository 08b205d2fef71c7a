#include "argmap/export/xliff.h"

#include <map>

#include "argmap/export/bitext.h"

namespace argmap {
namespace {

// The findings of each link (by link index); findings on no unit go to the file (key -1).
using FindingsByLink = std::map<long, std::vector<const Finding*>>;

FindingsByLink findings_by_link(const Analysis& analysis, const std::vector<Link>& links) {
  std::map<std::size_t, long> of_zh, of_en;
  for (std::size_t i = 0; i < links.size(); ++i) {
    for (std::size_t u : links[i].zh) of_zh[u] = static_cast<long>(i);
    for (std::size_t u : links[i].en) of_en[u] = static_cast<long>(i);
  }
  FindingsByLink out;
  for (const Finding& f : analysis.findings) {
    long link = -1;
    if (!f.zh.empty() && of_zh.count(f.zh.front())) link = of_zh[f.zh.front()];
    if (link < 0 && !f.en.empty() && of_en.count(f.en.front())) link = of_en[f.en.front()];
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

std::string unit(const Analysis& analysis, const Link& link, std::size_t n,
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

}  // namespace

std::string write_xliff(const Analysis& analysis) {
  const std::vector<Link> links = bitext_links(analysis);
  FindingsByLink findings = findings_by_link(analysis, links);
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
  for (std::size_t i = 0; i < links.size(); ++i) {
    out += unit(analysis, links[i], i + 1, findings[static_cast<long>(i)]);
  }
  return out + "  </file>\n</xliff>\n";
}

}  // namespace argmap
