#include "argmap/export/aif.h"

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

// I-nodes, then L- and YA-nodes, then relation nodes; returns the I-node id of each unit.
std::vector<std::size_t> add_version(const VersionAnalysis& v, AifBuilder& b) {
  std::vector<std::size_t> i_node;
  for (std::size_t u = 0; u < v.units.size(); ++u) {
    i_node.push_back(b.node("I", v.units[u].text));
    b.name(i_node.back(), unit_id(v.lang, u));
  }
  for (std::size_t u = 0; u < v.units.size(); ++u) {
    const std::size_t l = b.node("L", std::string(speaker(v.lang)) + " : " + v.units[u].text);
    const std::size_t ya = b.node("YA", "Asserting");
    b.locution(l, person(v.lang));
    b.edge(l, ya);
    b.edge(ya, i_node[u]);
  }
  for (std::size_t i = 0; i < v.graph.relations.size(); ++i) {
    const Relation& r = v.graph.relations[i];
    const bool attack = r.type == RelationType::kAttack;
    const std::size_t s =
        b.node(attack ? "CA" : "RA", attack ? "Default Conflict" : "Default Inference");
    b.name(s, relation_id(v.lang, i));
    b.edge(i_node[r.from], s);
    b.edge(s, i_node[r.to]);
  }
  return i_node;
}

void add_alignment(const Alignment& a, const std::vector<std::size_t>& zh,
                   const std::vector<std::size_t>& en, AifBuilder& b) {
  for (std::size_t i = 0; i < a.links.size(); ++i) {
    const Link& link = a.links[i];
    if (link.zh.empty() || link.en.empty()) continue;
    const std::size_t ma = b.node("MA", "Default Rephrase");
    b.name(ma, link_id(i));
    for (std::size_t u : link.zh) b.edge(zh[u], ma);
    for (std::size_t u : link.en) b.edge(ma, en[u]);
  }
}

Json participants(const Analysis& analysis) {
  Json out = Json::array();
  for (const VersionAnalysis& v : analysis.versions) {
    out.push_back(Json{{"participantID", std::to_string(person(v.lang))},
                       {"firstname", speaker(v.lang)},
                       {"surname", std::string("(") + std::string(lang_code(v.lang)) + ")"}});
  }
  return out;
}

}  // namespace

Json to_aif(const Analysis& analysis) {
  AifBuilder b;
  ByLang<std::vector<std::size_t>> i_nodes;
  for (const VersionAnalysis& v : analysis.versions) i_nodes[v.lang] = add_version(v, b);
  if (analysis.alignment) add_alignment(*analysis.alignment, i_nodes.zh, i_nodes.en, b);
  return b.finish(participants(analysis));
}

std::string write_aif(const Analysis& analysis) { return to_aif(analysis).dump(2) + "\n"; }

}  // namespace argmap
