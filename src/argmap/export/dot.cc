#include "argmap/export/dot.h"

#include <unicode/uchar.h>

#include <cstdio>
#include <string_view>

#include "argmap/export/walk.h"
#include "argmap/ids.h"
#include "argmap/text.h"

namespace argmap {
namespace {

constexpr std::size_t kLabelWidth = 36;    // columns per node label line (18 Han characters)
constexpr std::size_t kClusterWidth = 48;  // columns of a section cluster's heading

// One piece of text that wrapping never splits: a Latin word or a single CJK character.
struct Piece {
  std::string text;
  std::size_t width = 0;
  bool space_before = false;
  bool glued = false;  // may not start a line
};

// Kinsoku by Unicode's line-breaking classes (UAX #14), as ICU knows them: what may not start
// a line (closing brackets and punctuation, stops, commas, ！？, ellipses, ” ’) ...
bool is_closing_punct(char32_t c) {
  const auto lb = static_cast<ULineBreak>(u_getIntPropertyValue(c, UCHAR_LINE_BREAK));
  switch (lb) {
    case U_LB_CLOSE_PUNCTUATION:
    case U_LB_CLOSE_PARENTHESIS:
    case U_LB_EXCLAMATION:
    case U_LB_INFIX_NUMERIC:
    case U_LB_NONSTARTER:
    case U_LB_INSEPARABLE:
      return true;
    case U_LB_QUOTATION:
      return u_charType(c) == U_FINAL_PUNCTUATION;
    default:
      return false;
  }
}

// ... and what may not end one (opening brackets, “ ‘).
bool is_opening_punct(char32_t c) {
  const auto lb = static_cast<ULineBreak>(u_getIntPropertyValue(c, UCHAR_LINE_BREAK));
  return lb == U_LB_OPEN_PUNCTUATION ||
         (lb == U_LB_QUOTATION && u_charType(c) == U_INITIAL_PUNCTUATION);
}

std::vector<Piece> pieces_of(std::string_view text) {
  std::vector<Piece> out;
  bool space = false, in_word = false, glue_next = false;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = decode_utf8(text, i);
    if (is_space(c)) {
      space = true, in_word = false;
      continue;
    }
    const bool cjk = is_cjk_char(c);
    if (!in_word || cjk) {
      out.push_back(Piece{"", 0, space, glue_next || is_closing_punct(c)});
      glue_next = false;
    }
    append_utf8(out.back().text, c);
    out.back().width += cjk ? 2 : 1;
    in_word = !cjk, space = false;
    if (is_opening_punct(c)) glue_next = true, in_word = false;
  }
  return out;
}

std::string attr(std::string_view name, std::string_view value) {
  return std::string(name) + "=\"" + dot_quote(value) + "\"";
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += (out.empty() ? "" : "\n") + line;
  return out;
}

// Role colours, shared by the nodes and the legend: fill, then border.
struct Colours {
  const char* fill;
  const char* border;
};

Colours role_colours(Role role) {
  switch (role) {
    case Role::kMajorClaim:
      return {"#f6c85f", "#a8770a"};
    case Role::kClaim:
      return {"#a9cbee", "#2f6aa3"};
    case Role::kPremise:
      return {"#c8e6b0", "#4d8a2a"};
    case Role::kBackground:
      break;
  }
  return {"#ececec", "#8a8a8a"};
}

constexpr const char* kSupportColour = "#2e7d32";
constexpr const char* kAttackColour = "#c62828";
constexpr const char* kAlignColour = "#9e9e9e";

std::string node_stmt(const VersionAnalysis& v, std::size_t u) {
  const Unit& unit = v.units[u];
  const Role role = v.graph.roles[u];
  const Colours c = role_colours(role);
  const bool heading = unit.kind == UnitKind::kTitle || unit.kind == UnitKind::kHeading;
  const std::string id = unit_id(v.lang, u);
  const std::string label =
      id + " · " + role_name(role) + "\n" + join_lines(wrap_text(unit.text, kLabelWidth));
  return "    \"" + id + "\" [" + attr("id", id) + ", " + attr("label", label) + ", " +
         attr("tooltip", unit.text) + ", fillcolor=\"" + c.fill + "\", color=\"" + c.border + "\"" +
         (heading ? ", shape=box, style=\"filled,bold\"" : "") +
         (role == Role::kMajorClaim ? ", penwidth=2" : "") + "];\n";
}

// "zh:s2 一、算力不是智能" — the section id and the start of its heading.
std::string section_label(const VersionAnalysis& v, std::size_t s) {
  std::string label = section_id(v.structure, s);
  if (const std::optional<std::size_t> heading = heading_unit(v, s)) {
    const std::vector<std::string> lines = wrap_text(v.units[*heading].text, kClusterWidth);
    label += "  " + lines.front() + (lines.size() > 1 ? " …" : "");
  }
  return label;
}

std::string section_cluster_head(const VersionAnalysis& v, std::size_t s) {
  const std::string lang(lang_code(v.lang));
  return "    subgraph \"cluster_" + lang + "_s" + std::to_string(s) + "\" {\n      " +
         attr("label", section_label(v, s)) +
         "; style=\"rounded\"; color=\"#bdbdbd\"; labeljust=l;\n";
}

std::string version_cluster_head(const VersionAnalysis& v) {
  const std::string lang(lang_code(v.lang));
  const std::string name(version_label(v.lang));
  return "  subgraph \"cluster_" + lang + "\" {\n    " +
         attr("label", name + "\n" + join_lines(wrap_text(title_text(v), 60))) +
         "; fontsize=16; style=\"filled\"; fillcolor=\"#fafafa\"; color=\"#757575\";\n";
}

// Supports solid green with the normal arrowhead, attacks dashed red with a tee. Relations do
// not constrain the ranks: reading order does (see reading_order).
std::string relation_style(RelationType type) {
  const bool attack = type == RelationType::kAttack;
  const std::string colour = attack ? kAttackColour : kSupportColour;
  return "constraint=false, color=\"" + colour + "\", fontcolor=\"" + colour + "\", " +
         (attack ? "style=dashed, arrowhead=tee" : "style=solid");
}

std::string relation_edge(const VersionAnalysis& v, std::size_t i) {
  const Relation& r = v.graph.relations[i];
  char conf[32];
  std::snprintf(conf, sizeof conf, " (%.2f)", r.confidence);
  const std::string verb = r.type == RelationType::kAttack ? "attacks" : "supports";
  return "  \"" + unit_id(v.lang, r.from) + "\" -> \"" + unit_id(v.lang, r.to) + "\" [" +
         attr("id", relation_id(v.lang, i)) + ", " + attr("label", r.marker) + ", " +
         attr("tooltip", verb + " · " + std::string(r.rule) + conf) + ", " +
         relation_style(r.type) + "];\n";
}

std::string alignment_edges(const Link& link) {
  std::string out;
  char score[32];
  std::snprintf(score, sizeof score, "aligned, score %.2f", link.score);
  for (std::size_t z : link.zh) {
    for (std::size_t e : link.en) {
      out += "  \"" + unit_id(Lang::kZh, z) + "\" -> \"" + unit_id(Lang::kEn, e) + "\" [" +
             attr("tooltip", score) + ", color=\"" + kAlignColour +
             "\", style=dotted, dir=none, constraint=false];\n";
    }
  }
  return out;
}

// The clusters (versions, their sections, the unit nodes), then the relation edges, the
// reading order and the alignment edges. Reading order top to bottom: an invisible chain
// through each version's units, and the first units of each alignment link on one rank, so
// that the two versions read side by side.
struct DotWriter : Walker {
  std::string clusters, edges, order, ranks, aligned;
  void enter_version(const VersionAnalysis& v) override { clusters += version_cluster_head(v); }
  void enter_section(const VersionAnalysis& v, std::size_t s) override {
    clusters += section_cluster_head(v, s);
  }
  void unit(const VersionAnalysis& v, std::size_t u) override {
    clusters += "  " + node_stmt(v, u);
    if (u == 0) return;
    order += "  \"" + unit_id(v.lang, u - 1) + "\" -> \"" + unit_id(v.lang, u) +
             "\" [style=invis, weight=10];\n";
  }
  void exit_section(const VersionAnalysis&, std::size_t) override { clusters += "    }\n"; }
  void exit_version(const VersionAnalysis&) override { clusters += "  }\n"; }
  void relation(const VersionAnalysis& v, std::size_t r) override { edges += relation_edge(v, r); }
  void link(const Alignment& a, std::size_t l) override {
    const Link& link = a.links[l];
    aligned += alignment_edges(link);
    if (link.zh.empty() || link.en.empty()) return;
    ranks += "  { rank=same; \"" + unit_id(Lang::kZh, link.zh.front()) + "\"; \"" +
             unit_id(Lang::kEn, link.en.front()) + "\"; }\n";
  }
};

std::string legend_row(std::string_view text, std::string_view bg, std::string_view font) {
  return "<tr><td bgcolor=\"" + std::string(bg) + "\"><font color=\"" + std::string(font) + "\">" +
         std::string(text) + "</font></td></tr>";
}

// A table of the colours and line styles (HTML-like label: fixed text, nothing to escape).
std::string legend() {
  std::string rows = "<tr><td><b>legend</b></td></tr>";
  for (Role r : {Role::kMajorClaim, Role::kClaim, Role::kPremise, Role::kBackground})
    rows += legend_row(role_name(r), role_colours(r).fill, "#000000");
  rows += legend_row("──▶ supports (solid)", "#ffffff", kSupportColour);
  rows += legend_row("- - -┤ attacks (dashed)", "#ffffff", kAttackColour);
  rows += legend_row("⋯⋯ aligned zh–en (dotted)", "#ffffff", kAlignColour);
  return "  \"legend\" [id=\"legend\", shape=plain, style=\"\", label=<<table border=\"1\" "
         "cellborder=\"0\" cellspacing=\"2\" cellpadding=\"3\">" +
         rows + "</table>>];\n";
}

std::string header(const Analysis& a) {
  const std::string font(kDotFont);
  std::string label = "argmap";
  for (const VersionAnalysis& v : a.versions) label += "  ·  " + title_text(v);
  return "digraph argmap {\n  graph [" + attr("label", label) +
         ", labelloc=t, fontsize=20, rankdir=TB, newrank=true, nodesep=0.25, ranksep=0.35, " +
         attr("fontname", font) + "];\n  node [shape=box, style=\"rounded,filled\", " +
         attr("fontname", font) + ", fontsize=10, margin=\"0.10,0.05\"];\n  edge [" +
         attr("fontname", font) + ", fontsize=9, arrowsize=0.7];\n";
}

}  // namespace

std::vector<std::string> wrap_text(std::string_view text, std::size_t width) {
  std::vector<std::string> lines(1);
  std::size_t used = 0;
  for (const Piece& p : pieces_of(text)) {
    const std::size_t gap = p.space_before && used > 0 ? 1 : 0;
    if (used > 0 && !p.glued && used + gap + p.width > width) {
      lines.emplace_back();
      used = 0;
    } else if (gap) {
      lines.back() += ' ';
      used += 1;
    }
    lines.back() += p.text;
    used += p.width;
  }
  return lines;
}

std::string dot_quote(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
    } else if (c != '\r') {
      out += c;
    }
  }
  return out;
}

std::string write_dot(const Analysis& analysis) {
  DotWriter w;
  walk(analysis, w);
  return header(analysis) + legend() + w.clusters + w.edges + w.order + w.ranks + w.aligned + "}\n";
}

}  // namespace argmap
