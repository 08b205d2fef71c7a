#include "argmap/export/json.h"

#include <cmath>

#include "argmap/export/location.h"
#include "argmap/text.h"

namespace argmap {
namespace {

using Json = nlohmann::ordered_json;

// Writes one JSON object piece by piece, byte for byte as Json::dump(2) would write it whole,
// so a large document never exists as one tree: each array element is built and dumped alone.
class ObjectWriter {
 public:
  explicit ObjectWriter(std::string& out, int depth = 0) : out_(out), depth_(depth) { out_ += "{"; }

  void value(const std::string& key, const Json& v) {
    open_key(key);
    append(v, depth_ + 1);
  }

  // An array of n elements, element i made by make(i) when it is written.
  template <class Make>
  void array(const std::string& key, std::size_t n, Make make) {
    open_key(key);
    if (n == 0) {
      out_ += "[]";
      return;
    }
    out_ += "[\n";
    for (std::size_t i = 0; i < n; ++i) {
      out_ += pad(depth_ + 2);
      append(make(i), depth_ + 2);
      out_ += i + 1 < n ? ",\n" : "\n";
    }
    out_ += pad(depth_ + 1) + "]";
  }

  // A nested object under key; close it before writing the next key of this one.
  ObjectWriter object(const std::string& key) {
    open_key(key);
    return ObjectWriter(out_, depth_ + 1);
  }

  void close() { out_ += empty_ ? "}" : "\n" + pad(depth_) + "}"; }

 private:
  static std::string pad(int depth) {
    return std::string(2 * static_cast<std::size_t>(depth), ' ');
  }

  void open_key(const std::string& key) {
    out_ += empty_ ? "\n" : ",\n";
    empty_ = false;
    out_ += pad(depth_ + 1) + Json(key).dump() + ": ";
  }

  // v dumped with two-space indentation, its lines shifted to the nesting depth.
  void append(const Json& v, int depth) {
    const std::string indent = "\n" + pad(depth);
    for (char c : v.dump(2)) {
      if (c == '\n') {
        out_ += indent;
      } else {
        out_ += c;
      }
    }
  }

  std::string& out_;
  int depth_;
  bool empty_ = true;
};

// Unit indices per block, so that sections and lists can name their units.
struct BlockUnits {
  std::vector<std::vector<std::size_t>> of;
  BlockUnits(const VersionAnalysis& v) : of(v.structure.blocks.size()) {
    for (std::size_t u = 0; u < v.units.size(); ++u) of[v.units[u].block].push_back(u);
  }
};

Json cues_json(const std::vector<Cue>& cues) {
  Json out = Json::array();
  for (const Cue& c : cues) out.push_back(c.form);
  return out;
}

// A whole number prints without a fraction while long long holds it (found by fuzzing: the
// cast of 7.8e19 was undefined); larger values stay doubles.
Json number_json(double value) {
  constexpr double kWholeLimit = 9.0e18;
  if (std::abs(value) < kWholeLimit && std::trunc(value) == value)
    return Json(static_cast<long long>(value));
  return Json(value);
}

Json features_json(const Features& f) {
  Json connectives = Json::array(), numbers = Json::array();
  for (const ConnectiveUse& c : f.connectives) {
    connectives.push_back(
        Json{{"form", c.form}, {"senses", c.senses}, {"initial", c.unit_initial}});
  }
  for (const PairedUse& p : f.paired) {
    connectives.push_back(
        Json{{"form", p.first + "…" + p.second}, {"senses", p.senses}, {"initial", false}});
  }
  for (const Quantity& q : f.numbers) {
    Json n{{"value", number_json(q.value)}};
    if (!q.unit.empty()) n["unit"] = q.unit;
    numbers.push_back(n);
  }
  return Json{{"senses", f.senses()},
              {"connectives", connectives},
              {"negation", cues_json(f.negation)},
              {"hedges", cues_json(f.hedges)},
              {"claim_cues", cues_json(f.claim_cues)},
              {"view_cues", cues_json(f.view_cues)},
              {"question", f.question},
              {"quotes", f.quotes},
              {"numbers", numbers}};
}

Json relation_json(const VersionAnalysis& v, std::size_t i) {
  const Relation& r = v.graph.relations[i];
  Json j{{"id", std::string(lang_code(v.lang)) + ":r" + std::to_string(i + 1)},
         {"type", relation_name(r.type)},
         {"from", unit_id(v.lang, r.from)},
         {"to", unit_id(v.lang, r.to)}};
  if (!r.marker.empty()) j["marker"] = r.marker;
  j["rule"] = r.rule;
  j["confidence"] = r.confidence;
  return j;
}

Json span_json(const Unit& u, const std::vector<LineIndex>& lines, const Document& doc) {
  const LineIndex& index = lines[u.input];
  const Position start = index.locate(u.start);
  std::size_t last = u.end;
  if (last > u.start) decode_utf8_before(doc.inputs[u.input].bytes, last);
  const Position end = index.locate(last);
  return Json{{"input", u.input},        {"start", u.start},       {"end", u.end},
              {"line", start.line},      {"column", start.column}, {"end_line", end.line},
              {"end_column", end.column}};
}

double rounded(double v) { return std::round(v * 1000.0) / 1000.0; }

Json role_model_json(const Graph& g, std::size_t u) {
  if (u >= g.role_scores.size() || !g.role_scores[u].candidate) return nullptr;
  const RoleScore& s = g.role_scores[u];
  Json features = Json::object();
  for (const FeatureValue& f : s.features) features[f.name] = rounded(f.value);
  Json j{
      {"features", features}, {"major_score", rounded(s.major)}, {"claim_score", rounded(s.claim)}};
  if (!g.role_terms[u].empty()) {
    Json deciding = Json::array();
    for (const Term& t : g.role_terms[u]) {
      deciding.push_back(Json{{"feature", t.feature},
                              {"value", rounded(t.value)},
                              {"contribution", rounded(t.contribution)}});
    }
    j["deciding"] = deciding;
  }
  return j;
}

Json unit_json(const VersionAnalysis& v, std::size_t i, const std::vector<LineIndex>& lines,
               const Document& doc) {
  const Unit& u = v.units[i];
  Json j{{"id", unit_id(v.lang, i)},
         {"text", u.text},
         {"kind", kind_name(u.kind)},
         {"role", role_name(v.graph.roles[i])},
         {"role_rule", v.graph.role_rules[i]},

         {"section", section_id(v.structure, u.section)},
         {"span", span_json(u, lines, doc)}};
  if (u.strong || u.emph) {
    Json emphasis = Json::array();
    if (u.strong) emphasis.push_back("strong");
    if (u.emph) emphasis.push_back("emph");
    j["emphasis"] = emphasis;
  }
  if (u.quoted) j["blockquote"] = true;
  if (const Json model = role_model_json(v.graph, i); !model.is_null()) j["role_model"] = model;
  j["features"] = features_json(v.features[i]);
  const Block& block = v.structure.blocks[u.block];
  if (block.list && block.kind == BlockKind::kListItem) {
    const List& list = v.structure.lists[*block.list];
    const auto pos = std::find(list.items.begin(), list.items.end(), u.block) - list.items.begin();
    j["list"] =
        Json{{"id", std::string(lang_code(v.lang)) + ":l" + std::to_string(*block.list + 1)},
             {"item", pos + 1}};
  }
  return j;
}

Json id_list(Lang lang, const std::vector<std::size_t>& units) {
  Json out = Json::array();
  for (std::size_t u : units) out.push_back(unit_id(lang, u));
  return out;
}

Json section_json(const VersionAnalysis& v, std::size_t i, const BlockUnits& bu) {
  const Section& s = v.structure.sections[i];
  Json j{{"id", section_id(v.structure, i)}, {"number", nullptr}, {"kind", kind_name(s.kind)}};
  if (s.number) j["number"] = *s.number;
  if (s.heading && !bu.of[*s.heading].empty())
    j["heading"] = unit_id(v.lang, bu.of[*s.heading].front());
  std::vector<std::size_t> units;
  for (std::size_t b = s.first_block; b < s.end_block; ++b) {
    units.insert(units.end(), bu.of[b].begin(), bu.of[b].end());
  }
  j["units"] = id_list(v.lang, units);
  return j;
}

Json list_json(const VersionAnalysis& v, std::size_t i, const BlockUnits& bu) {
  const List& list = v.structure.lists[i];
  Json j{{"id", std::string(lang_code(v.lang)) + ":l" + std::to_string(i + 1)},
         {"ordered", list.ordered},
         {"implicit", list.implicit}};
  if (list.lead && !bu.of[*list.lead].empty())
    j["lead"] = unit_id(v.lang, bu.of[*list.lead].back());
  std::vector<std::size_t> items;
  for (std::size_t b : list.items) {
    if (!bu.of[b].empty()) items.push_back(bu.of[b].front());
  }
  j["items"] = id_list(v.lang, items);
  return j;
}

void write_version(const Analysis& a, const VersionAnalysis& v, const std::vector<LineIndex>& lines,
                   ObjectWriter& parent) {
  const BlockUnits bu(v);
  const Document& doc = a.doc;
  ObjectWriter o = parent.object(std::string(lang_code(v.lang)));
  o.value("lang", lang_code(v.lang));
  if (v.lang == Lang::kZh) {
    o.value("script", script_tag(a.zh_script));
    o.value("locale", a.zh_locale);
  }
  o.array("sections", v.structure.sections.size(),
          [&](std::size_t i) { return section_json(v, i, bu); });
  o.array("units", v.units.size(), [&](std::size_t i) { return unit_json(v, i, lines, doc); });
  o.array("lists", v.structure.lists.size(), [&](std::size_t i) { return list_json(v, i, bu); });
  o.array("relations", v.graph.relations.size(),
          [&](std::size_t i) { return relation_json(v, i); });
  o.close();
}

Json link_json(const Link& l) {
  return Json{{"zh", id_list(Lang::kZh, l.zh)},
              {"en", id_list(Lang::kEn, l.en)},
              {"score", rounded(l.score)},
              {"kind", std::to_string(l.zh.size()) + "-" + std::to_string(l.en.size())}};
}

Json sections_json(const Analysis& analysis, const Alignment& a) {
  const Structure& zh = analysis.find(Lang::kZh)->structure;
  const Structure& en = analysis.find(Lang::kEn)->structure;
  Json out = Json::array();
  for (const SectionLink& s : a.sections) {
    out.push_back(Json{{"zh", s.zh ? Json(section_id(zh, *s.zh)) : Json(nullptr)},
                       {"en", s.en ? Json(section_id(en, *s.en)) : Json(nullptr)}});
  }
  return out;
}

const char* match_name(RelationMatch m) {
  switch (m) {
    case RelationMatch::kSame:
      return "same";
    case RelationMatch::kTypeDiffers:
      return "type_differs";
    case RelationMatch::kNoCounterpart:
      break;
  }
  return "no_counterpart";
}

Json relation_link_json(const RelationLink& r) {
  const Lang other = argmap::other(r.lang);
  return Json{{std::string(lang_code(r.lang)),
               std::string(lang_code(r.lang)) + ":r" + std::to_string(r.relation + 1)},
              {std::string(lang_code(other)),
               r.other ? Json(std::string(lang_code(other)) + ":r" + std::to_string(*r.other + 1))
                       : Json(nullptr)},
              {"match", match_name(r.match)}};
}

Json finding_json(const Analysis& analysis, const Locator& at, const Finding& f) {
  Json locations = Json::object();
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    const auto& units = lang == Lang::kZh ? f.zh : f.en;
    if (units.empty()) continue;
    const Location l = at.of(*analysis.find(lang), units.front());
    locations[std::string(lang_code(lang))] =
        Json{{"input", l.input}, {"line", l.start.line}, {"column", l.start.column}};
  }
  Json j{{"code", f.code},
         {"severity", severity_name(f.severity)},
         {"message", f.message},
         {"zh", id_list(Lang::kZh, f.zh)},
         {"en", id_list(Lang::kEn, f.en)},
         {"locations", locations},
         {"confidence", f.confidence}};
  if (!f.case_name.empty()) j["case"] = f.case_name;
  return j;
}

void write_alignment(const Analysis& analysis, ObjectWriter& o) {
  if (!analysis.alignment) return;
  const Alignment& a = *analysis.alignment;
  o.array("alignment", a.links.size(), [&](std::size_t i) { return link_json(a.links[i]); });
  o.value("alignment_sections", sections_json(analysis, a));
  o.array("alignment_relations", a.relations.size(),
          [&](std::size_t i) { return relation_link_json(a.relations[i]); });
  if (analysis.checked) {
    const Locator at(analysis);
    o.array("findings", analysis.findings.size(),
            [&](std::size_t i) { return finding_json(analysis, at, analysis.findings[i]); });
  }
  o.value("alignment_method", Json{{"dictionary", a.used_dictionary},
                                   {"sections_reordered", a.sections_reordered},
                                   {"length_log_ratio", kLogRatio},
                                   {"length_log_sd", kLogSd}});
}

}  // namespace

std::string unit_id(Lang lang, std::size_t index) {
  return std::string(lang_code(lang)) + ":u" + std::to_string(index + 1);
}

std::string section_id(const Structure& s, std::size_t index) {
  const bool has_preamble =
      !s.sections.empty() && s.sections.front().kind == SectionKind::kPreamble;
  return std::string(lang_code(s.lang)) + ":s" + std::to_string(has_preamble ? index : index + 1);
}

std::string write_json(const Analysis& analysis) {
  const Document& doc = analysis.doc;
  std::vector<LineIndex> lines;
  for (const Input& in : doc.inputs) lines.emplace_back(in.bytes);
  std::string out;
  ObjectWriter top(out);
  top.value("argmap", 1);
  top.value("generator", "argmap " ARGMAP_VERSION);
  top.value("source", lang_code(analysis.source));
  top.array("inputs", doc.inputs.size(), [&](std::size_t i) {
    const Input& in = doc.inputs[i];
    return Json{{"path", in.path}, {"sha256", in.sha256}, {"bytes", in.bytes.size()}};
  });
  ObjectWriter versions = top.object("versions");
  for (const VersionAnalysis& v : analysis.versions) write_version(analysis, v, lines, versions);
  versions.close();
  write_alignment(analysis, top);
  top.close();
  out += "\n";
  return out;
}

Json to_json(const Analysis& analysis) { return Json::parse(write_json(analysis)); }

}  // namespace argmap
