#include "argmap/export/sarif.h"

#include <nlohmann/json.hpp>

#include "argmap/check.h"
#include "argmap/export/location.h"

namespace argmap {
namespace {

using Json = nlohmann::ordered_json;

const char* level(Severity s) {
  return s == Severity::kError ? "error" : s == Severity::kWarning ? "warning" : "note";
}

Json rules_json() {
  Json rules = Json::array();
  for (const CheckRule& r : check_rules()) {
    rules.push_back(Json{{"id", r.code},
                         {"name", r.title},
                         {"shortDescription", {{"text", r.title}}},
                         {"fullDescription", {{"text", r.help}}},
                         {"help", {{"text", r.help}}},
                         {"defaultConfiguration", {{"level", level(r.severity)}}}});
  }
  return rules;
}

std::size_t rule_index(const std::string& code) {
  const auto& rules = check_rules();
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (code == rules[i].code) return i;
  }
  return 0;
}

Json location_json(const Location& l, const std::string& label) {
  return Json{{"physicalLocation",
               {{"artifactLocation", {{"uri", l.path}, {"index", l.input}}},
                {"region",
                 {{"startLine", l.start.line},
                  {"startColumn", l.start.column},
                  {"endLine", l.end.line},
                  {"endColumn", l.end.column + 1},
                  {"byteOffset", l.byte_start},
                  {"byteLength", l.byte_end - l.byte_start}}}}},
              {"message", {{"text", label}}}};
}

Json result_json(const Analysis& a, const Locator& at, const Finding& f) {
  Json locations = Json::array(), related = Json::array();
  for (Lang lang : {a.source, other(a.source)}) {  // the original's units first
    const VersionAnalysis& v = *a.find(lang);
    for (std::size_t u : side(f, lang)) {
      const Json loc =
          location_json(at.of(v, u), std::string(lang_name(lang)) + ": " + v.units[u].text);
      (locations.empty() ? locations : related).push_back(loc);
    }
  }
  Json r{{"ruleId", f.code},
         {"ruleIndex", rule_index(f.code)},
         {"level", level(f.severity)},
         {"message", {{"text", f.message}}}};
  if (!locations.empty()) r["locations"] = locations;
  for (std::size_t i = 0; i < related.size(); ++i) related[i]["id"] = i + 1;
  if (!related.empty()) r["relatedLocations"] = related;
  return r;
}

}  // namespace

std::string write_sarif(const Analysis& analysis) {
  const Locator at(analysis);
  Json artifacts = Json::array(), results = Json::array();
  for (const Input& in : analysis.doc.inputs) {
    artifacts.push_back(Json{{"location", {{"uri", in.path}}},
                             {"length", in.bytes.size()},
                             {"encoding", "utf-8"},
                             {"hashes", {{"sha-256", in.sha256}}}});
  }
  for (const Finding& f : analysis.findings) results.push_back(result_json(analysis, at, f));
  Json driver{{"name", "argmap"}, {"version", ARGMAP_VERSION}, {"rules", rules_json()}};
  Json run{{"tool", {{"driver", driver}}},
           {"artifacts", artifacts},
           {"columnKind", "unicodeCodePoints"},
           {"results", results}};
  Json log{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
           {"version", "2.1.0"},
           {"runs", Json::array({run})}};
  return log.dump(2) + "\n";
}

}  // namespace argmap
