#include "argmap/export/aif.h"

#include "argmap/export/walk.h"
#include "argmap/ids.h"

namespace argmap {
namespace {

using Json = nlohmann::ordered_json;

// Builds the document; node and edge ids count up in the order things are added.
class AifBuilder {
 public:
  std::size_t node(const char* type, const std::string& text) {
    nodes_.push_back(
        Json{{"nodeID", std::to_string(++node_count_)}, {"text", text}, {"type", type}});
    return node_count_;
  }
  void edge(std::size_t from, std::size_t to) {
    edges_.push_back(Json{{"edgeID", std::to_string(edges_.size() + 1)},
                          {"fromID", std::to_string(from)},
                          {"toID", std::to_string(to)}});
  }
  void locution(std::size_t l_node, int person) {
    locutions_.push_back(
        Json{{"nodeID", std::to_string(l_node)}, {"personID", std::to_string(person)}});
  }
  void name(std::size_t node, const std::string& argmap_id) {
    names_[std::to_string(node)] = argmap_id;
  }
  Json finish(Json participants) {
    return Json{{"nodes", std::move(nodes_)},
                {"edges", std::move(edges_)},
                {"locutions", std::move(locutions_)},
                {"participants", std::move(participants)},
                {"argmap", Json{{"format", 1}, {"ids", std::move(names_)}}}};
  }

 private:
  std::size_t node_count_ = 0;
  Json nodes_ = Json::array(), edges_ = Json::array(), locutions_ = Json::array();
  Json names_ = Json::object();
};

int person(Lang lang) { return ByLang<int>{1, 2}[lang]; }
const char* speaker(Lang lang) { return ByLang<const char*>{"Author", "Translator"}[lang]; }

// Per version: an I-node per unit, then L- and YA-nodes per unit, then a node per relation;
// then an MA-node per alignment link with both sides. Node ids count up in that order.
class AifWriter : public Walker {
 public:
  Json participants = Json::array();  // one per version

  explicit AifWriter(AifBuilder& b) : b_(b) {}
  void enter_version(const VersionAnalysis& v) override {
    i_nodes_[v.lang].clear();
    asserted_ = false;
    participants.push_back(Json{{"participantID", std::to_string(person(v.lang))},
                                {"firstname", speaker(v.lang)},
                                {"surname", "(" + std::string(lang_code(v.lang)) + ")"}});
  }
  void unit(const VersionAnalysis& v, std::size_t u) override {
    i_nodes_[v.lang].push_back(b_.node("I", v.units[u].text));
    b_.name(i_nodes_[v.lang].back(), unit_id(v.lang, u));
  }
  void relation(const VersionAnalysis& v, std::size_t i) override {
    assert_units(v);
    const Relation& r = v.graph.relations[i];
    const bool attack = r.type == RelationType::kAttack;
    const std::size_t s =
        b_.node(attack ? "CA" : "RA", attack ? "Default Conflict" : "Default Inference");
    b_.name(s, relation_id(v.lang, i));
    b_.edge(i_nodes_[v.lang][r.from], s);
    b_.edge(s, i_nodes_[v.lang][r.to]);
  }
  void exit_version(const VersionAnalysis& v) override { assert_units(v); }
  void link(const Alignment& a, std::size_t i) override {
    const Link& link = a.links[i];
    if (link.zh.empty() || link.en.empty()) return;
    const std::size_t ma = b_.node("MA", "Default Rephrase");
    b_.name(ma, link_id(i));
    for (std::size_t u : link.zh) b_.edge(i_nodes_.zh[u], ma);
    for (std::size_t u : link.en) b_.edge(ma, i_nodes_.en[u]);
  }

 private:
  // The version's L- and YA-nodes, once, after its I-nodes and before its relations.
  void assert_units(const VersionAnalysis& v) {
    if (asserted_) return;
    asserted_ = true;
    for (std::size_t u = 0; u < v.units.size(); ++u) {
      const std::size_t l = b_.node("L", std::string(speaker(v.lang)) + " : " + v.units[u].text);
      const std::size_t ya = b_.node("YA", "Asserting");
      b_.locution(l, person(v.lang));
      b_.edge(l, ya);
      b_.edge(ya, i_nodes_[v.lang][u]);
    }
  }

  AifBuilder& b_;
  ByLang<std::vector<std::size_t>> i_nodes_;  // per unit, its I-node's id
  bool asserted_ = false;
};

}  // namespace

Json to_aif(const Analysis& analysis) {
  AifBuilder b;
  AifWriter writer(b);
  walk(analysis, writer, WalkOrder::kByKind);
  return b.finish(std::move(writer.participants));
}

std::string write_aif(const Analysis& analysis) { return to_aif(analysis).dump(2) + "\n"; }

}  // namespace argmap
