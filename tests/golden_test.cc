// Golden files of the corpus essays: each version's argument graph (role and role rule of every
// unit, its relation with rule, confidence and marker) and the review's findings, compared with
// tests/golden/ and rewritten by `make golden` (see tests/golden.h).
#include "tests/golden.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <map>
#include <string>

#include "argmap/check.h"
#include "argmap/checks/input.h"
#include "tests/review_testing.h"

using namespace argmap::testing;  // NOLINT: test helpers

namespace {

std::string confidence(double c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", c);
  return buf;
}

// One line per unit: "zh:u3 premise list.item → support zh:u2 list.item_supports_lead 0.80 [但]
// | text".
std::string graph_text(const argmap::VersionAnalysis& v) {
  std::vector<std::string> lines(v.units.size());
  for (std::size_t u = 0; u < v.units.size(); ++u) {
    lines[u] = argmap::unit_id(v.lang, u) + " " + argmap::role_name(v.graph.roles[u]) + " " +
               std::string(v.graph.role_rules[u]);
  }
  for (const argmap::Relation& r : v.graph.relations) {
    lines[r.from] += std::string(" → ") + argmap::relation_name(r.type) + " " +
                     argmap::unit_id(v.lang, r.to) + " " + std::string(r.rule) + " " +
                     confidence(r.confidence);
    if (!r.marker.empty()) lines[r.from] += " [" + r.marker + "]";
  }
  std::string out;
  for (std::size_t u = 0; u < v.units.size(); ++u)
    out += lines[u] + " | " + argmap::quote(v.units[u].text, 30) + "\n";
  return out;
}

// One line per finding, in the review's order: code, severity, case, units, message.
std::string findings_text(const argmap::Analysis& a) {
  std::string out;
  for (const argmap::Finding& f : a.findings) {
    out += f.code + " " + argmap::severity_name(f.severity) +
           (f.case_name.empty() ? "" : "/" + f.case_name) + " " + ids(argmap::Lang::kZh, f.zh) +
           " " + ids(argmap::Lang::kEn, f.en) + " | " + f.message + "\n";
  }
  return out;
}

// Each essay reviewed once for the tests below.
const argmap::Analysis& reviewed(const Essay& essay) {
  static std::map<std::string, argmap::Analysis> done;
  auto it = done.find(essay.gold);
  if (it == done.end()) it = done.emplace(essay.gold, review_essay(essay)).first;
  return it->second;
}

}  // namespace

TEST_CASE("golden: each corpus essay's argument graphs are those of tests/golden/graphs",
          "[golden][graph][corpus]") {
  for (const Essay& essay : kEssays) {
    const argmap::Analysis& a = reviewed(essay);
    for (const argmap::VersionAnalysis& v : a.versions) {
      INFO(essay.gold << " " << argmap::lang_code(v.lang));
      check_golden("graphs/" + essay.gold + "." + std::string(argmap::lang_code(v.lang)) + ".txt",
                   graph_text(v));
    }
  }
}

TEST_CASE("golden: each clean corpus essay's findings are those of tests/golden/findings",
          "[golden][review][corpus]") {
  for (const Essay& essay : kEssays) {
    INFO(essay.gold);
    check_golden("findings/" + essay.gold + ".txt", findings_text(reviewed(essay)));
  }
}

TEST_CASE("golden: every finding's case is one its rule declares", "[golden][review][corpus]") {
  // The calibration table is checked against the declared cases, so a case reported but not
  // declared could never be calibrated.
  for (const Essay& essay : kEssays) {
    for (const argmap::Finding& f : reviewed(essay).findings) {
      if (f.case_name.empty()) continue;
      INFO(essay.gold << " " << f.code << "/" << f.case_name);
      argmap::Calibration table;
      table.cases[f.code + "/" + f.case_name] = {};
      CHECK_FALSE(argmap::unknown_calibration_case(table));
    }
  }
}
