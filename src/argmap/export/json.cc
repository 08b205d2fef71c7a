#include "argmap/export/json.h"

#include <algorithm>
#include <cmath>
#include <span>

#include "argmap/export/json_items.h"
#include "argmap/export/json_writer.h"
#include "argmap/export/location.h"
#include "argmap/export/walk.h"
#include "argmap/ids.h"
#include "argmap/text.h"

namespace argmap {
namespace {

template <class List, class Each>
void array_of(JsonWriter& w, std::string_view key, const List& items, Each each) {
  w.key(key).begin_array();
  for (const auto& item : items) each(item);
  w.end_array();
}

void strings(JsonWriter& w, std::string_view key, const std::vector<std::string>& items) {
  array_of(w, key, items, [&w](const std::string& s) { w.value(s); });
}

void cues(JsonWriter& w, std::string_view key, const std::vector<Cue>& items) {
  array_of(w, key, items, [&w](const Cue& c) { w.value(c.form); });
}

void id_list(JsonWriter& w, std::string_view key, Lang lang, std::span<const std::size_t> units) {
  array_of(w, key, units, [&](std::size_t u) { w.value(unit_id(lang, u)); });
}

// A whole number prints without a fraction while long long holds it (found by fuzzing: the
// cast of 7.8e19 was undefined); larger values stay doubles.
void number(JsonWriter& w, double value) {
  constexpr double kWholeLimit = 9.0e18;
  if (std::abs(value) < kWholeLimit && std::trunc(value) == value) {
    w.value(static_cast<long long>(value));
  } else {
    w.value(value);
  }
}

double rounded(double v) { return std::round(v * 1000.0) / 1000.0; }

void connective(JsonWriter& w, const std::string& form, const Senses& senses, bool initial) {
  w.begin_object();
  w.field("form", form);
  strings(w, "senses", names_of(senses));
  w.field("initial", initial);
  w.end_object();
}

void connectives(JsonWriter& w, const Features& f) {
  w.key("connectives").begin_array();
  for (const ConnectiveUse& c : f.connectives) connective(w, c.form, c.senses, c.unit_initial);
  for (const PairedUse& p : f.paired) connective(w, p.first + "…" + p.second, p.senses, false);
  w.end_array();
}

void numbers(JsonWriter& w, const std::vector<Quantity>& quantities) {
  array_of(w, "numbers", quantities, [&w](const Quantity& q) {
    w.begin_object();
    w.key("value");
    number(w, q.value);
    if (!q.unit.empty()) w.field("unit", q.unit);
    w.end_object();
  });
}

void features(JsonWriter& w, const Features& f) {
  w.key("features").begin_object();
  strings(w, "senses", names_of(f.senses()));
  connectives(w, f);
  cues(w, "negation", f.negation);
  cues(w, "hedges", f.hedges);
  cues(w, "claim_cues", f.claim_cues);
  cues(w, "view_cues", f.view_cues);
  w.field("question", f.question);
  strings(w, "quotes", f.quotes);
  numbers(w, f.numbers);
  w.end_object();
}

void relation(JsonWriter& w, const VersionAnalysis& v, std::size_t i) {
  const Relation& r = v.graph.relations[i];
  w.begin_object();
  w.field("id", relation_id(v.lang, i));
  w.field("type", relation_name(r.type));
  w.field("from", unit_id(v.lang, r.from));
  w.field("to", unit_id(v.lang, r.to));
  if (!r.marker.empty()) w.field("marker", r.marker);
  w.field("rule", r.rule);
  w.field("confidence", r.confidence);
  w.end_object();
}

void span(JsonWriter& w, const Location& at) {
  w.key("span").begin_object();
  w.field("input", at.input);
  w.field("start", at.byte_start);
  w.field("end", at.byte_end);
  w.field("line", at.start.line);
  w.field("column", at.start.column);
  w.field("end_line", at.end.line);
  w.field("end_column", at.end.column);
  w.end_object();
}

void deciding_terms(JsonWriter& w, const std::vector<Term>& terms) {
  if (terms.empty()) return;
  array_of(w, "deciding", terms, [&w](const Term& t) {
    w.begin_object();
    w.field("feature", t.feature);
    w.field("value", rounded(t.value));
    w.field("contribution", rounded(t.contribution));
    w.end_object();
  });
}

// Feature names are distinct (the role model gives each feature one name).
void feature_values(JsonWriter& w, const std::vector<FeatureValue>& values) {
  w.key("features").begin_object();
  for (const FeatureValue& f : values) w.field(f.name, rounded(f.value));
  w.end_object();
}

void role_model(JsonWriter& w, const Graph& g, std::size_t u) {
  if (u >= g.role_scores.size() || !g.role_scores[u].candidate) return;
  const RoleScore& s = g.role_scores[u];
  w.key("role_model").begin_object();
  feature_values(w, s.features);
  w.field("major_score", rounded(s.major));
  w.field("claim_score", rounded(s.claim));
  deciding_terms(w, g.role_terms[u]);
  w.end_object();
}

void emphasis(JsonWriter& w, const Unit& u) {
  if (!u.strong && !u.emph) return;
  w.key("emphasis").begin_array();
  if (u.strong) w.value("strong");
  if (u.emph) w.value("emph");
  w.end_array();
}

void list_place(JsonWriter& w, const VersionAnalysis& v, const Unit& u) {
  const Block& block = v.structure.blocks[u.block];
  if (!block.list || block.kind != BlockKind::kListItem) return;
  const List& list = v.structure.lists[*block.list];
  const auto pos = std::find(list.items.begin(), list.items.end(), u.block) - list.items.begin();
  w.key("list").begin_object();
  w.field("id", list_id(v.lang, *block.list));
  w.field("item", pos + 1);
  w.end_object();
}

void unit(JsonWriter& w, const VersionAnalysis& v, std::size_t i, const Locator& at) {
  const Unit& u = v.units[i];
  w.begin_object();
  w.field("id", unit_id(v.lang, i));
  w.field("text", u.text);
  w.field("kind", kind_name(u.kind));
  w.field("role", role_name(v.graph.roles[i]));
  w.field("role_rule", v.graph.role_rules[i]);
  w.field("section", section_id(v.structure, u.section));
  span(w, at.of(v, i));
  emphasis(w, u);
  if (u.quoted) w.field("blockquote", true);
  role_model(w, v.graph, i);
  features(w, v.features[i]);
  list_place(w, v, u);
  w.end_object();
}

void section(JsonWriter& w, const VersionAnalysis& v, std::size_t i) {
  const Section& s = v.structure.sections[i];
  w.begin_object();
  w.field("id", section_id(v.structure, i));
  w.key("number");
  if (s.number) {
    w.value(*s.number);
  } else {
    w.null();
  }
  w.field("kind", kind_name(s.kind));
  if (const std::optional<std::size_t> heading = v.index.heading_of(i))
    w.field("heading", unit_id(v.lang, *heading));
  id_list(w, "units", v.lang, v.index.section_units[i]);
  w.end_object();
}

void list(JsonWriter& w, const VersionAnalysis& v, std::size_t i) {
  const List& l = v.structure.lists[i];
  const auto& of = v.index.block_units;
  w.begin_object();
  w.field("id", list_id(v.lang, i));
  w.field("ordered", l.ordered);
  w.field("implicit", l.implicit);
  if (l.lead && !of[*l.lead].empty()) w.field("lead", unit_id(v.lang, of[*l.lead].back()));
  std::vector<std::size_t> items;
  for (std::size_t b : l.items) {
    if (!of[b].empty()) items.push_back(of[b].front());
  }
  id_list(w, "items", v.lang, items);
  w.end_object();
}

void link(JsonWriter& w, const Link& l) {
  w.begin_object();
  id_list(w, "zh", Lang::kZh, l.zh);
  id_list(w, "en", Lang::kEn, l.en);
  w.field("score", rounded(l.score));
  w.field("kind", std::to_string(l.zh.size()) + "-" + std::to_string(l.en.size()));
  w.end_object();
}

void optional_id(JsonWriter& w, std::string_view key, const std::optional<std::string>& id) {
  w.key(key);
  if (id) {
    w.value(*id);
  } else {
    w.null();
  }
}

void section_links(JsonWriter& w, const Analysis& analysis, const Alignment& a) {
  const Structure& zh = analysis.find(Lang::kZh)->structure;
  const Structure& en = analysis.find(Lang::kEn)->structure;
  array_of(w, "alignment_sections", a.sections, [&](const SectionLink& s) {
    w.begin_object();
    optional_id(w, "zh", s.zh ? std::optional(section_id(zh, *s.zh)) : std::nullopt);
    optional_id(w, "en", s.en ? std::optional(section_id(en, *s.en)) : std::nullopt);
    w.end_object();
  });
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

void relation_link(JsonWriter& w, const RelationLink& r) {
  const Lang other = argmap::other(r.lang);
  w.begin_object();
  w.field(lang_code(r.lang), relation_id(r.lang, r.relation));
  optional_id(w, lang_code(other),
              r.other ? std::optional(relation_id(other, *r.other)) : std::nullopt);
  w.field("match", match_name(r.match));
  w.end_object();
}

void locations(JsonWriter& w, const Analysis& analysis, const Locator& at, const Finding& f) {
  w.key("locations").begin_object();
  for (Lang lang : {Lang::kZh, Lang::kEn}) {
    const auto& units = side(f, lang);
    if (units.empty()) continue;
    const Location l = at.of(*analysis.find(lang), units.front());
    w.key(lang_code(lang)).begin_object();
    w.field("input", l.input);
    w.field("line", l.start.line);
    w.field("column", l.start.column);
    w.end_object();
  }
  w.end_object();
}

void finding(JsonWriter& w, const Analysis& analysis, const Locator& at, const Finding& f) {
  w.begin_object();
  w.field("code", f.code);
  w.field("severity", severity_name(f.severity));
  w.field("message", f.message);
  id_list(w, "zh", Lang::kZh, f.zh);
  id_list(w, "en", Lang::kEn, f.en);
  locations(w, analysis, at, f);
  w.field("confidence", f.confidence);
  if (!f.case_name.empty()) w.field("case", f.case_name);
  w.end_object();
}

void alignment_method(JsonWriter& w, const Alignment& a) {
  w.key("alignment_method").begin_object();
  w.field("dictionary", a.used_dictionary);
  w.field("sections_reordered", a.sections_reordered);
  w.field("length_log_ratio", a.anchors.link.log_ratio);
  w.field("length_log_sd", a.anchors.link.log_sd);
  w.end_object();
}

// What follows the links: the section and relation mappings, the findings, the method.
void after_links(JsonWriter& w, const Analysis& analysis, const Locator& at, unsigned threads) {
  const Alignment& a = *analysis.alignment;
  section_links(w, analysis, a);
  w.key("alignment_relations").begin_array();
  write_items(w, a.relations.size(), threads,
              [&a](JsonWriter& out, std::size_t i) { relation_link(out, a.relations[i]); });
  w.end_array();
  if (analysis.checked) {
    w.key("findings").begin_array();
    write_items(w, analysis.findings.size(), threads, [&](JsonWriter& out, std::size_t i) {
      finding(out, analysis, at, analysis.findings[i]);
    });
    w.end_array();
  }
  alignment_method(w, a);
}

// The versions object and the alignment from the walk, by kind: per version its sections,
// units, lists and relations arrays (each opened when its first item or the version's end
// comes), then the links' array. The long arrays (units, relations, links) are written whole
// when their first item comes, on `threads` threads; their later items are then passed over.
class JsonWalker : public Walker {
 public:
  JsonWalker(JsonWriter& w, const Analysis& a, const Locator& at, unsigned threads)
      : w_(w), a_(a), at_(at), threads_(threads) {}

  void enter_version(const VersionAnalysis& v) override {
    if (!in_versions_) w_.key("versions").begin_object();
    in_versions_ = true;
    w_.key(lang_code(v.lang)).begin_object();
    w_.field("lang", lang_code(v.lang));
    if (v.lang == Lang::kZh) {
      w_.field("script", script_tag(a_.zh_script));
      w_.field("locale", a_.zh_locale);
    }
    part_ = 0;
  }
  void enter_section(const VersionAnalysis& v, std::size_t i) override {
    open(kSections), section(w_, v, i);
  }
  void unit(const VersionAnalysis& v, std::size_t i) override {
    if (i > 0) return;
    open(kUnits);
    write_items(w_, v.units.size(), threads_,
                [&](JsonWriter& out, std::size_t u) { argmap::unit(out, v, u, at_); });
  }
  void list(const VersionAnalysis& v, std::size_t i) override {
    open(kLists), argmap::list(w_, v, i);
  }
  void relation(const VersionAnalysis& v, std::size_t i) override {
    if (i > 0) return;
    open(kRelations);
    write_items(w_, v.graph.relations.size(), threads_,
                [&v](JsonWriter& out, std::size_t r) { argmap::relation(out, v, r); });
  }
  void exit_version(const VersionAnalysis&) override {
    open(kRelations);
    w_.end_array();
    w_.end_object();
  }
  void link(const Alignment& a, std::size_t i) override {
    if (i > 0) return;
    open_links();
    write_items(w_, a.links.size(), threads_,
                [&a](JsonWriter& out, std::size_t l) { argmap::link(out, a.links[l]); });
  }
  // After the walk: the versions closed and, when aligned, the links and what follows them.
  void finish() {
    if (!a_.alignment) return close_versions();
    open_links();
    w_.end_array();
    after_links(w_, a_, at_, threads_);
  }

 private:
  static constexpr std::size_t kSections = 1, kUnits = 2, kLists = 3, kRelations = 4;
  static constexpr std::string_view kParts[] = {"", "sections", "units", "lists", "relations"};
  // Closes the open array and opens each one up to `part`, empty ones too.
  void open(std::size_t part) {
    for (; part_ < part; ++part_) {
      if (part_ > 0) w_.end_array();
      w_.key(kParts[part_ + 1]).begin_array();
    }
  }
  void close_versions() {
    if (!in_versions_ && !versions_done_) w_.key("versions").begin_object();  // no version
    if (!versions_done_) w_.end_object();
    in_versions_ = false, versions_done_ = true;
  }
  void open_links() {
    close_versions();
    if (!in_links_) w_.key("alignment").begin_array();
    in_links_ = true;
  }

  JsonWriter& w_;
  const Analysis& a_;
  const Locator& at_;
  unsigned threads_;
  std::size_t part_ = 0;  // the array open in the version: 0 none, else kSections..kRelations
  bool in_versions_ = false, versions_done_ = false, in_links_ = false;
};

void inputs(JsonWriter& w, const Document& doc) {
  array_of(w, "inputs", doc.inputs, [&w](const Input& in) {
    w.begin_object();
    w.field("path", in.path);
    w.field("sha256", in.sha256);
    w.field("bytes", in.bytes.size());
    w.end_object();
  });
}

}  // namespace

void write_json(const Analysis& analysis, Sink& sink, bool pretty, unsigned threads) {
  const Locator at(analysis);
  JsonWriter w(sink, pretty);
  w.begin_object();
  w.field("argmap", 1);
  w.field("generator", "argmap " ARGMAP_VERSION);
  w.field("source", lang_code(analysis.source));
  inputs(w, analysis.doc);
  JsonWalker walker(w, analysis, at, threads);
  walk(analysis, walker, WalkOrder::kByKind);
  walker.finish();
  w.end_object();
  sink.append("\n");
}

std::string write_json(const Analysis& analysis) {
  return collect([&analysis](Sink& sink) { write_json(analysis, sink, true); });
}

nlohmann::ordered_json to_json(const Analysis& analysis) {
  return nlohmann::ordered_json::parse(write_json(analysis));
}

}  // namespace argmap
