// Argdown export of the seed: one statement definition per unit, titled with its id, and one
// relation line per graph relation with the right symbol and target; markup escaped.
#include "argmap/export/argdown.h"

#include "argmap/export/export_testing.h"
#include "argmap/ids.h"

using argmap::testing::seed_analysis;

TEST_CASE("argdown: each seed unit is a statement with its relation under it",
          "[export][argdown]") {
  const std::string out = argmap::write_argdown(seed_analysis());
  std::size_t relations = 0;
  for (const argmap::VersionAnalysis& v : seed_analysis().versions) {
    for (std::size_t u = 0; u < v.units.size(); ++u) {
      const std::string def = "\n[" + argmap::unit_id(v.lang, u) + "]: ";
      INFO(def);
      REQUIRE(out.find(def) != std::string::npos);
      CHECK(out.find(def, out.find(def) + 1) == std::string::npos);
    }
    for (const argmap::Relation& r : v.graph.relations) {
      const std::string def = "\n[" + argmap::unit_id(v.lang, r.from) + "]: ";
      const std::size_t line = out.find('\n', out.find(def) + 1);
      const std::string symbol = r.type == argmap::RelationType::kAttack ? "-> " : "+> ";
      CHECK(out.compare(line + 1, 4 + symbol.size(), "    " + symbol) == 0);
      CHECK(out.substr(line + 5 + symbol.size(),
                       out.find('\n', line + 1) - line - 5 - symbol.size()) ==
            "[" + argmap::unit_id(v.lang, r.to) + "]");
      ++relations;
    }
  }
  CHECK(relations > 20);
}

TEST_CASE("argdown: markup characters in unit text are escaped", "[export][argdown]") {
  CHECK(argmap::argdown_escape("[a] <b> #c *d* {e} // f. g: h-i+j") ==
        "\\[a\\] \\<b\\> \\#c \\*d\\* \\{e\\} \\/\\/ f\\. g\\: h\\-i\\+j");
}
