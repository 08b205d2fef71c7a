// The walk on a corpus essay: every version, section, unit, list, relation, link and row once,
// in order, each section's units between its enter and exit (or after every section, by kind),
// and the links and rows after both versions.
#include "argmap/export/walk.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "argmap/export/export_testing.h"

namespace {

using argmap::Alignment;
using argmap::Link;
using argmap::VersionAnalysis;
using argmap::WalkOrder;

// Records the events as "enter zh", "section zh 2", "unit zh 5", ... in order.
struct Recorder : argmap::Walker {
  std::vector<std::string> events;
  void note(const std::string& what, const VersionAnalysis& v, long i = -1) {
    events.push_back(what + " " + std::string(lang_code(v.lang)) +
                     (i < 0 ? "" : " " + std::to_string(i)));
  }
  void enter_version(const VersionAnalysis& v) override { note("enter", v); }
  void enter_section(const VersionAnalysis& v, std::size_t s) override { note("section", v, s); }
  void unit(const VersionAnalysis& v, std::size_t u) override { note("unit", v, u); }
  void exit_section(const VersionAnalysis& v, std::size_t s) override { note("/section", v, s); }
  void list(const VersionAnalysis& v, std::size_t l) override { note("list", v, l); }
  void relation(const VersionAnalysis& v, std::size_t r) override { note("relation", v, r); }
  void exit_version(const VersionAnalysis& v) override { note("exit", v); }
  void link(const Alignment&, std::size_t l) override {
    events.push_back("link " + std::to_string(l));
  }
  std::vector<Link> rows;
  void row(const Link& link, std::size_t n) override {
    CHECK(n == rows.size());
    rows.push_back(link);
  }
};

// The events a version should give: sections in order with their units (by kind: every
// section, then every unit), then its lists and relations.
std::vector<std::string> expected(const VersionAnalysis& v, WalkOrder order) {
  const std::string lang(lang_code(v.lang));
  std::vector<std::string> out{"enter " + lang};
  const auto units = [&](long section) {
    for (std::size_t u = 0; u < v.units.size(); ++u)
      if (section < 0 || v.units[u].section == static_cast<std::size_t>(section))
        out.push_back("unit " + lang + " " + std::to_string(u));
  };
  for (std::size_t s = 0; s < v.structure.sections.size(); ++s) {
    out.push_back("section " + lang + " " + std::to_string(s));
    if (order == WalkOrder::kDocument) units(static_cast<long>(s));
    out.push_back("/section " + lang + " " + std::to_string(s));
  }
  if (order == WalkOrder::kByKind) units(-1);
  for (std::size_t l = 0; l < v.structure.lists.size(); ++l)
    out.push_back("list " + lang + " " + std::to_string(l));
  for (std::size_t r = 0; r < v.graph.relations.size(); ++r)
    out.push_back("relation " + lang + " " + std::to_string(r));
  out.push_back("exit " + lang);
  return out;
}

}  // namespace

TEST_CASE("the walk visits versions, sections, units, relations and links in order", "[walk]") {
  const argmap::Analysis a = argmap::testing::checked(argmap::testing::kEssays[0]);
  REQUIRE(a.versions.size() == 2);
  REQUIRE(a.alignment);
  for (WalkOrder order : {WalkOrder::kDocument, WalkOrder::kByKind}) {
    Recorder r;
    argmap::walk(a, r, order);
    std::vector<std::string> want = expected(a.versions[0], order);
    for (const std::string& e : expected(a.versions[1], order)) want.push_back(e);
    for (std::size_t l = 0; l < a.alignment->links.size(); ++l)
      want.push_back("link " + std::to_string(l));
    CHECK(r.events == want);
    // The rows of an aligned text are its links.
    REQUIRE(r.rows.size() == a.alignment->links.size());
    for (std::size_t l = 0; l < r.rows.size(); ++l) {
      CHECK(r.rows[l].zh == a.alignment->links[l].zh);
      CHECK(r.rows[l].en == a.alignment->links[l].en);
    }
  }
  CHECK(a.versions[0].structure.sections.size() > 1);
  CHECK_FALSE(a.versions[0].graph.relations.empty());
}

TEST_CASE("the walk gives a list's events after its version's units", "[walk]") {
  const argmap::Analysis a = argmap::testing::analysed(
      {"# 标题\n\n我们认为应当这样做。\n\n- 第一，成本低。\n- 第二，效果好。\n",
       "# Title\n\nWe think it should be done.\n\n- First, it is cheap.\n- Second, it works.\n"});
  Recorder r;
  argmap::walk(a, r, WalkOrder::kByKind);
  const auto at = [&](const std::string& e) {
    return std::find(r.events.begin(), r.events.end(), e) - r.events.begin();
  };
  REQUIRE(a.versions[0].structure.lists.size() == 1);
  CHECK(at("list zh 0") < at("exit zh"));
  CHECK(at("unit zh " + std::to_string(a.versions[0].units.size() - 1)) < at("list zh 0"));
}

TEST_CASE("without an alignment the walk gives no links", "[walk]") {
  argmap::SplitOptions only;
  only.only = argmap::Lang::kEn;
  auto a =
      argmap::testing::analyse_texts({"# Title\n\nCompute matters. But it is not all.\n"}, only);
  REQUIRE(a.ok());
  Recorder r;
  argmap::walk(a.value(), r);
  REQUIRE_FALSE(r.events.empty());
  CHECK(r.events.front() == "enter en");
  CHECK(r.events.back() == "exit en");
  // Unaligned, each unit is a row of its own, a 0-1 link.
  const VersionAnalysis& en = a.value().versions[0];
  REQUIRE(r.rows.size() == en.units.size());
  for (std::size_t u = 0; u < en.units.size(); ++u) {
    CHECK(r.rows[u].zh.empty());
    CHECK(r.rows[u].en == std::vector<std::size_t>{u});
  }
}
