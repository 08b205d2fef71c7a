#include "argmap/export/html.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>

#include "argmap/export/html_assets.h"
#include "argmap/export/location.h"
#include "argmap/export/walk.h"
#include "argmap/ids.h"

namespace argmap {
namespace {

constexpr Severity kSeverities[] = {Severity::kError, Severity::kWarning, Severity::kInfo};
constexpr std::size_t kShownRefs = 10;  // unit links under one finding; flags mark the rest
constexpr Role kRoles[] = {Role::kMajorClaim, Role::kClaim, Role::kPremise, Role::kBackground};

std::string dom_id(Lang lang, std::size_t unit) {
  return std::string(lang_code(lang)) + "-u" + std::to_string(unit + 1);
}

std::string finding_id(std::size_t f) { return "f" + std::to_string(f + 1); }

// A link that highlights (hover) and jumps to (click) the element with id `target`.
std::string target_link(const std::string& cls, const std::string& target, const std::string& title,
                        const std::string& text) {
  return "<a class=\"" + cls + "\" href=\"#" + target + "\" data-target=\"" + target +
         "\" title=\"" + html_escape(title) + "\">" + text + "</a>";
}

// What the page needs besides the analysis: the findings and relations per unit and row.
struct Page {
  const Analysis& a;
  Locator at;
  std::map<std::pair<Lang, std::size_t>, std::vector<std::size_t>> findings_of;  // unit → f
  std::vector<std::vector<std::size_t>> placed;  // row → findings listed under it
  std::vector<std::size_t> unplaced;             // findings without units
  std::map<std::pair<Lang, std::size_t>, RelationMatch> matches;  // relation → its mapping
};

constexpr std::size_t kNoRow = static_cast<std::size_t>(-1);

// The row of the walk that holds the unit: its link, or, unaligned, its place among every
// version's units; kNoRow for a unit in none.
std::size_t row_of(const Analysis& a, Lang lang, std::size_t unit) {
  std::size_t before = 0;
  for (const VersionAnalysis& v : a.versions) {
    if (v.lang != lang) {
      before += v.units.size();
      continue;
    }
    if (!a.alignment) return before + unit;
    return unit < v.index.link.size() ? v.index.link[unit] : kNoRow;
  }
  return kNoRow;
}

std::size_t unit_count(const Analysis& a) {
  std::size_t n = 0;
  for (const VersionAnalysis& v : a.versions) n += v.units.size();
  return n;
}

std::size_t row_count(const Analysis& a) {
  return a.alignment ? a.alignment->links.size() : unit_count(a);
}

void index_findings(Page& p) {
  p.placed.resize(row_count(p.a));
  for (std::size_t f = 0; f < p.a.findings.size(); ++f) {
    const Finding& finding = p.a.findings[f];
    for (std::size_t u : finding.zh) p.findings_of[{Lang::kZh, u}].push_back(f);
    for (std::size_t u : finding.en) p.findings_of[{Lang::kEn, u}].push_back(f);
    const std::size_t first = !finding.zh.empty()   ? row_of(p.a, Lang::kZh, finding.zh.front())
                              : !finding.en.empty() ? row_of(p.a, Lang::kEn, finding.en.front())
                                                    : kNoRow;
    if (first == kNoRow) {
      p.unplaced.push_back(f);
    } else {
      p.placed[first].push_back(f);
    }
  }
}

Page make_page(const Analysis& a) {
  Page p{a, Locator(a), {}, {}, {}, {}};
  index_findings(p);
  if (a.alignment) {
    for (const RelationLink& r : a.alignment->relations) p.matches[{r.lang, r.relation}] = r.match;
  }
  return p;
}

std::string count_text(std::size_t n, Severity s) {
  const std::string name = severity_name(s);
  return std::to_string(n) + " " + name + (n == 1 || s == Severity::kInfo ? "" : "s");
}

std::size_t count_of(const Analysis& a, Severity s) {
  return static_cast<std::size_t>(std::count_if(a.findings.begin(), a.findings.end(),
                                                [s](const Finding& f) { return f.severity == s; }));
}

std::string finding_item(const Page& p, std::size_t f) {
  const Finding& finding = p.a.findings[f];
  const std::string sev = severity_name(finding.severity);
  std::string refs;
  std::size_t shown = 0;
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    for (std::size_t u : side(finding, lang)) {
      if (++shown > kShownRefs) continue;
      refs += " " + target_link("ref", dom_id(lang, u), "show this unit", unit_id(lang, u));
    }
  }
  if (shown > kShownRefs) refs += " … and " + std::to_string(shown - kShownRefs) + " more";
  return "<li class=\"finding sev-" + sev + "\" id=\"" + finding_id(f) + "\"><span class=\"sev\">" +
         sev + "</span><span class=\"code\">[" + html_escape(finding.code) + "]</span> " +
         html_escape(finding.message) + (refs.empty() ? "" : "<span class=\"refs\">" + refs) +
         (refs.empty() ? "" : "</span>") + "</li>\n";
}

std::string summary(const Page& p) {
  std::string out = "<div class=\"summary\">";
  for (Severity s : kSeverities) {
    out += "<span class=\"count sev-" + std::string(severity_name(s)) + "\">" +
           count_text(count_of(p.a, s), s) + "</span>";
  }
  std::map<std::string, std::size_t> codes;
  for (const Finding& f : p.a.findings) ++codes[f.code];
  std::string list;
  for (const auto& [code, n] : codes)
    list += (list.empty() ? "" : " · ") + html_escape(code) + " ×" + std::to_string(n);
  out += "<span class=\"codes\">" + (list.empty() ? std::string("no findings") : list) + "</span>";
  if (!p.a.checked) out += "<span class=\"codes\">(checks not run)</span>";
  out += "</div>\n";
  if (p.unplaced.empty()) return out;
  out += "<ul class=\"findings docfindings\">\n";
  for (std::size_t f : p.unplaced) out += finding_item(p, f);
  return out + "</ul>\n";
}

// The versions' titles; a text without titles is headed by its input names instead.
std::string page_titles(const Page& p) {
  std::string titles;
  bool any = false;
  for (const VersionAnalysis& v : p.a.versions) {
    any |= !title_text(v).empty();
    titles += (titles.empty() ? "" : "<span class=\"sep\">/</span>") +
              std::string("<span lang=\"") + std::string(lang_code(v.lang)) + "\">" +
              html_escape(title_text(v)) + "</span>";
  }
  if (any) return titles;
  std::string names;
  for (const Input& in : p.a.doc.inputs) {
    const std::size_t slash = in.path.find_last_of('/');
    names += (names.empty() ? "" : "<span class=\"sep\">·</span>") +
             html_escape(slash == std::string::npos ? in.path : in.path.substr(slash + 1));
  }
  return names;
}

std::string page_header(const Page& p) {
  const std::string titles = page_titles(p);
  std::string inputs;
  for (const Input& in : p.a.doc.inputs) {
    inputs += (inputs.empty() ? "" : " · ") + html_escape(in.path) + " (sha256 " +
              in.sha256.substr(0, 12) + "…)";
  }
  return "<header class=\"page\">\n<h1>" + titles + "</h1>\n<p class=\"inputs\">" + inputs +
         "</p>\n" + summary(p) + "</header>\n";
}

std::string legend() {
  std::string out = "<span class=\"legend\"><b>legend</b>";
  for (Role r : kRoles) {
    out +=
        "<span class=\"badge role-" + std::string(role_name(r)) + "\">" + role_name(r) + "</span>";
  }
  out +=
      "<span class=\"rel\"><a class=\"rel support\">supports uN</a></span>"
      "<span class=\"rel\"><a class=\"rel attack\">attacks uN</a></span>"
      "<span><span class=\"mismatch\">≠</span> marked relation missing or reversed in the other "
      "version</span>";
  for (Severity s : kSeverities) {
    out += "<span><span class=\"flag sev-" + std::string(severity_name(s)) + "\"></span> " +
           severity_name(s) + "</span>";
  }
  return out + "</span>";
}

std::string filter_bar(const Page& p) {
  std::string out = "<div class=\"bar\"><b>show</b>";
  for (Severity s : kSeverities) {
    out += "<label><input type=\"checkbox\" checked data-severity=\"" +
           std::string(severity_name(s)) + "\"> " + count_text(count_of(p.a, s), s) + "</label>";
  }
  return out +
         "<label><input type=\"checkbox\" id=\"only-findings\"> only rows with findings</label>" +
         legend() + "</div>\n";
}

std::string relation_text(const VersionAnalysis& v, std::size_t i, const Page& p) {
  const Relation& r = v.graph.relations[i];
  const bool attack = r.type == RelationType::kAttack;
  char conf[32];
  std::snprintf(conf, sizeof conf, " (%.2f)", r.confidence);
  std::string text = std::string(attack ? "attacks " : "supports ") + unit_id(v.lang, r.to);
  if (!r.marker.empty()) text += " «" + r.marker + "»";
  std::string out =
      target_link(std::string("rel ") + (attack ? "attack" : "support"), dom_id(v.lang, r.to),
                  std::string(r.rule) + conf, html_escape(text));
  const auto match = p.matches.find({v.lang, i});
  if (match == p.matches.end() || match->second == RelationMatch::kSame) return out;
  // An unmarked relation is the default attachment (to the section claim or thesis): the two
  // versions picking different claims is not a difference of the text, so it gets no mark.
  if (match->second == RelationMatch::kNoCounterpart && r.marker.empty()) return out;
  const std::string other(lang_code(argmap::other(v.lang)));
  const char* why = match->second == RelationMatch::kTypeDiffers
                        ? "the other version has the opposite relation"
                        : "no counterpart relation in the other version";
  return out + "<span class=\"mismatch\" title=\"" + why + " (" + other + ")\">≠</span>";
}

std::string incoming(const VersionAnalysis& v, std::size_t u) {
  std::string supported, attacked;
  for (std::size_t i : v.index.in[u]) {
    const Relation& r = v.graph.relations[i];
    const bool attack = r.type == RelationType::kAttack;
    (attack ? attacked : supported) +=
        " " + target_link(std::string("rel ") + (attack ? "attack" : "support"),
                          dom_id(v.lang, r.from), attack ? "attacks this" : "supports this",
                          unit_id(v.lang, r.from));
  }
  std::string out;
  if (!supported.empty()) out += "<span class=\"incoming\">supported by" + supported + "</span>";
  if (!attacked.empty()) out += "<span class=\"incoming\">attacked by" + attacked + "</span>";
  return out;
}

std::string flags(const Page& p, Lang lang, std::size_t u) {
  const auto it = p.findings_of.find({lang, u});
  if (it == p.findings_of.end()) return "";
  std::string out;
  for (std::size_t f : it->second) {
    const Finding& finding = p.a.findings[f];
    const std::string sev = severity_name(finding.severity);
    out += target_link("flag sev-" + sev, finding_id(f),
                       sev + "[" + finding.code + "]: " + finding.message, "");
  }
  return out;
}

std::string unit_html(const Page& p, const VersionAnalysis& v, std::size_t u) {
  const Unit& unit = v.units[u];
  const std::string role = role_name(v.graph.roles[u]);
  const Location where = p.at.of(v, u);
  std::string rels;
  for (std::size_t i : v.index.out[u]) rels += relation_text(v, i, p);
  return "<div class=\"unit role-" + role + " kind-" + kind_name(unit.kind) + "\" id=\"" +
         dom_id(v.lang, u) + "\" lang=\"" + std::string(lang_code(v.lang)) +
         "\"><div class=\"meta\"><span class=\"uid\">" + unit_id(v.lang, u) +
         "</span><span class=\"badge role-" + role + "\">" + role + "</span><span title=\"" +
         html_escape(where.path) + "\">line " + std::to_string(where.start.line) + "</span>" +
         rels + incoming(v, u) + flags(p, v.lang, u) + "</div><div class=\"text\">" +
         html_escape(unit.text) + "</div></div>";
}

std::string cell(const Page& p, Lang lang, const std::vector<std::size_t>& units) {
  const VersionAnalysis* v = p.a.find(lang);
  const std::string code(lang_code(lang));
  if (units.empty() || !v) {
    return "<div class=\"cell " + code + " empty\">no counterpart in " + code + "</div>";
  }
  std::string out = "<div class=\"cell " + code + "\">";
  for (std::size_t u : units) out += unit_html(p, *v, u);
  return out + "</div>";
}

// The severities of every finding that touches the row, worst first, for classes and filter.
std::vector<Severity> row_severities(const Page& p, const Link& link) {
  std::vector<Severity> out;
  auto add = [&](Lang lang, std::size_t u) {
    const auto it = p.findings_of.find({lang, u});
    if (it == p.findings_of.end()) return;
    for (std::size_t f : it->second) out.push_back(p.a.findings[f].severity);
  };
  for (std::size_t u : link.zh) add(Lang::kZh, u);
  for (std::size_t u : link.en) add(Lang::kEn, u);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string row_html(const Page& p, const Link& link, std::size_t r) {
  std::string classes = "row", severities;
  for (Severity s : row_severities(p, link)) {
    classes += std::string(" has-") + severity_name(s);
    severities += (severities.empty() ? "" : " ") + std::string(severity_name(s));
  }
  std::string out = "<div class=\"" + classes + "\" id=\"row" + std::to_string(r + 1) +
                    "\" data-severities=\"" + severities + "\"><div class=\"pair\">";
  for (Lang lang : {p.a.source, other(p.a.source)})  // the original on the left
    out += cell(p, lang, side(link, lang));
  out += "</div>";
  if (!p.placed[r].empty()) {
    out += "<ul class=\"findings\">\n";
    for (std::size_t f : p.placed[r]) out += finding_item(p, f);
    out += "</ul>";
  }
  return out + "</div>\n";
}

// "zh:s2 · 一、算力不是智能" for the section holding units.front(); a section without a
// heading is named by its input ("zh:s0 · talk.zh.txt"); "" for no unit.
std::string section_title(const Page& p, Lang lang, const std::vector<std::size_t>& units) {
  const VersionAnalysis* v = p.a.find(lang);
  if (!v || units.empty()) return "";
  const Unit& first = v->units[units.front()];
  std::string out = section_id(v->structure, first.section);
  if (const auto heading = heading_unit(*v, first.section))
    return out + " · " + v->units[*heading].text;
  if (v->structure.sections[first.section].heading || first.input >= p.a.doc.inputs.size())
    return out;
  const std::string& path = p.a.doc.inputs[first.input].path;
  return out + " · " + path.substr(path.find_last_of('/') + 1);
}

std::optional<std::size_t> section_of(const Page& p, Lang lang,
                                      const std::vector<std::size_t>& units) {
  const VersionAnalysis* v = p.a.find(lang);
  if (!v || units.empty()) return std::nullopt;
  return v->units[units.front()].section;
}

// The rows of the walk, each under a heading where a side's section changes.
class RowWriter : public Walker {
 public:
  RowWriter(const Page& p, std::string& out) : p_(p), out_(out) {}
  void row(const Link& link, std::size_t r) override {
    const auto zs = section_of(p_, Lang::kZh, link.zh), es = section_of(p_, Lang::kEn, link.en);
    if ((zs && zs != zh_section_) || (es && es != en_section_)) {
      out_ += "<div class=\"sechead\">";
      for (Lang lang : {p_.a.source, other(p_.a.source)}) {
        out_ += "<div lang=\"" + std::string(lang_code(lang)) + "\">" +
                html_escape(section_title(p_, lang, side(link, lang))) + "</div>";
      }
      out_ += "</div>\n";
    }
    if (zs) zh_section_ = zs;
    if (es) en_section_ = es;
    out_ += row_html(p_, link, r);
  }

 private:
  const Page& p_;
  std::string& out_;
  std::optional<std::size_t> zh_section_, en_section_;
};

std::string rows_html(const Page& p) {
  std::string out;
  RowWriter writer(p, out);
  walk(p.a, writer);
  return out;
}

std::string column_heads(const Analysis& a) {
  std::string out = "<div class=\"cols\">";
  for (Lang lang : {a.source, other(a.source)}) {
    const VersionAnalysis* v = a.find(lang);
    out += std::string("<div>") + std::string(version_label(lang)) +
           (lang == a.source ? " (original)" : "") + " · " +
           std::to_string(v ? v->units.size() : 0) + " units</div>";
  }
  return out + "</div>\n";
}

std::string head(const Analysis& a) {
  std::string title;
  for (const VersionAnalysis& v : a.versions) title += (title.empty() ? "" : " / ") + title_text(v);
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"argmap " ARGMAP_VERSION
         "\">\n<title>argmap review · " +
         html_escape(title) + "</title>\n<style>" + std::string(kHtmlStyle) + "</style>\n</head>\n";
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string write_html(const Analysis& analysis) {
  const Page p = make_page(analysis);
  return head(analysis) + "<body>\n" + page_header(p) + filter_bar(p) + "<main data-units=\"" +
         std::to_string(unit_count(analysis)) + "\" data-findings=\"" +
         std::to_string(analysis.findings.size()) + "\">\n" + column_heads(analysis) +
         rows_html(p) + "</main>\n<script>" + std::string(kHtmlScript) + "</script>\n</body>\n" +
         "</html>\n";
}

}  // namespace argmap
