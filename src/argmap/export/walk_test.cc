// The walk on a corpus essay: every version, section, unit, relation and link once, in order,
// each section's units between its enter and exit, and the links after both versions.
#include "argmap/export/walk.h"

#include <catch2/catch.hpp>

#include "argmap/export/export_testing.h"

namespace {

using argmap::Alignment;
using argmap::VersionAnalysis;

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
  void relation(const VersionAnalysis& v, std::size_t r) override { note("relation", v, r); }
  void exit_version(const VersionAnalysis& v) override { note("exit", v); }
  void link(const Alignment&, std::size_t l) override {
    events.push_back("link " + std::to_string(l));
  }
};

// The events a version should give: sections in order with their units, then its relations.
std::vector<std::string> expected(const VersionAnalysis& v) {
  const std::string lang(lang_code(v.lang));
  std::vector<std::string> out{"enter " + lang};
  for (std::size_t s = 0; s < v.structure.sections.size(); ++s) {
    out.push_back("section " + lang + " " + std::to_string(s));
    for (std::size_t u = 0; u < v.units.size(); ++u)
      if (v.units[u].section == s) out.push_back("unit " + lang + " " + std::to_string(u));
    out.push_back("/section " + lang + " " + std::to_string(s));
  }
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
  Recorder r;
  argmap::walk(a, r);
  std::vector<std::string> want = expected(a.versions[0]);
  for (const std::string& e : expected(a.versions[1])) want.push_back(e);
  for (std::size_t l = 0; l < a.alignment->links.size(); ++l)
    want.push_back("link " + std::to_string(l));
  CHECK(r.events == want);
  CHECK(a.versions[0].structure.sections.size() > 1);
  CHECK_FALSE(a.versions[0].graph.relations.empty());
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
}
