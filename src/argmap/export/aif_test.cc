// AIF export of the seed: units as I-nodes asserted through L- and YA-nodes, every relation one
// RA or CA node between the right I-nodes, every two-sided alignment link one MA node.
#include "argmap/export/aif.h"

#include <map>

#include "argmap/export/export_testing.h"
#include "argmap/ids.h"

using argmap::testing::seed_analysis;

namespace {

using Json = nlohmann::ordered_json;

struct Edges {
  std::map<std::string, std::vector<std::string>> into, out;
  explicit Edges(const Json& aif) {
    for (const Json& e : aif["edges"]) {
      out[e["fromID"]].push_back(e["toID"]);
      into[e["toID"]].push_back(e["fromID"]);
    }
  }
};

std::map<std::string, std::string> types(const Json& aif) {
  std::map<std::string, std::string> out;
  for (const Json& n : aif["nodes"]) out[n["nodeID"]] = n["type"];
  return out;
}

std::size_t count_type(const Json& aif, const std::string& type) {
  std::size_t n = 0;
  for (const Json& node : aif["nodes"]) n += node["type"] == type;
  return n;
}

}  // namespace

TEST_CASE("aif: every relation of the seed is exactly one RA or CA with the right endpoints",
          "[export][aif]") {
  const Json aif = argmap::to_aif(seed_analysis());
  const Edges edges(aif);
  const auto type = types(aif);
  const Json& ids = aif["argmap"]["ids"];
  std::size_t relations = 0;
  for (const argmap::VersionAnalysis& v : seed_analysis().versions) {
    for (std::size_t i = 0; i < v.graph.relations.size(); ++i, ++relations) {
      const argmap::Relation& r = v.graph.relations[i];
      const std::string rid = std::string(argmap::lang_code(v.lang)) + ":r" + std::to_string(i + 1);
      std::vector<std::string> nodes;
      for (const auto& [node, id] : ids.items()) {
        if (id == rid) nodes.push_back(node);
      }
      INFO(rid);
      REQUIRE(nodes.size() == 1);
      const std::string& s = nodes.front();
      CHECK(type.at(s) == (r.type == argmap::RelationType::kAttack ? "CA" : "RA"));
      REQUIRE(edges.into.at(s).size() == 1);
      REQUIRE(edges.out.at(s).size() == 1);
      CHECK(ids[edges.into.at(s).front()] == argmap::unit_id(v.lang, r.from));
      CHECK(ids[edges.out.at(s).front()] == argmap::unit_id(v.lang, r.to));
    }
  }
  CHECK(relations > 20);
  CHECK(count_type(aif, "RA") + count_type(aif, "CA") == relations);
  CHECK(count_type(aif, "CA") > 0);
}

TEST_CASE("aif: each seed unit is one I-node, asserted once by its version's speaker",
          "[export][aif]") {
  const Json aif = argmap::to_aif(seed_analysis());
  const Edges edges(aif);
  const auto type = types(aif);
  std::size_t units = 0;
  for (const auto& v : seed_analysis().versions) units += v.units.size();
  CHECK(count_type(aif, "I") == units);
  CHECK(count_type(aif, "L") == units);
  CHECK(count_type(aif, "YA") == units);
  CHECK(aif["locutions"].size() == units);
  for (const Json& l : aif["locutions"]) {
    const auto& ya = edges.out.at(l["nodeID"]);
    REQUIRE(ya.size() == 1);
    CHECK(type.at(ya.front()) == "YA");
    REQUIRE(edges.out.at(ya.front()).size() == 1);
    CHECK(type.at(edges.out.at(ya.front()).front()) == "I");
  }
  // The first I-node is the Chinese title, spoken by the author (participant 1).
  CHECK(aif["nodes"][0]["text"] == seed_analysis().versions[0].units[0].text);
  CHECK(aif["argmap"]["ids"]["1"] == "zh:u1");
  CHECK(aif["locutions"][0]["personID"] == "1");
}

TEST_CASE("aif: the seed's two-sided alignment links are MA rephrase nodes, zh to en",
          "[export][aif]") {
  const Json aif = argmap::to_aif(seed_analysis());
  const Edges edges(aif);
  const Json& ids = aif["argmap"]["ids"];
  std::size_t both = 0;
  for (const argmap::Link& l : seed_analysis().alignment->links)
    both += !l.zh.empty() && !l.en.empty();
  CHECK(count_type(aif, "MA") == both);
  for (const Json& n : aif["nodes"]) {
    if (n["type"] != "MA") continue;
    for (const std::string& from : edges.into.at(n["nodeID"]))
      CHECK(ids[from].get<std::string>().rfind("zh:u", 0) == 0);
    for (const std::string& to : edges.out.at(n["nodeID"]))
      CHECK(ids[to].get<std::string>().rfind("en:u", 0) == 0);
  }
}

TEST_CASE("aif: the export is byte-identical across runs", "[export][aif]") {
  const argmap::Analysis again = argmap::testing::analysed(
      {argmap::testing::read_file(argmap::testing::corpus("scaling-compute-agi.zh-en.txt"))});
  CHECK(argmap::write_aif(again) == argmap::write_aif(seed_analysis()));
}
