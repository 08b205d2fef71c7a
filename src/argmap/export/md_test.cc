// Markdown export of the seed, parsed back with cmark: headings per version and section, one
// list item per unit but the major claim, nested as deep as the premise chains, marks right.
#include "argmap/export/md.h"

#include <cmark.h>

#include <map>

#include "argmap/export/export_testing.h"
#include "argmap/ids.h"

using argmap::testing::seed_analysis;

namespace {

// What the outline's items say, read from cmark's tree.
struct Item {
  std::size_t depth = 0;  // 0 for a top-level item
  std::string role;       // the strong text
  std::string note;       // the text after it up to ": ", e.g. ", supports"
  std::string id;         // the code span at the end
};

struct Outline {
  std::vector<int> heading_levels;
  std::map<std::string, Item> items;  // by unit id
  std::size_t item_count = 0;
};

std::string literal(cmark_node* n) {
  const char* s = n ? cmark_node_get_literal(n) : nullptr;
  return s ? s : "";
}

Item read_item(cmark_node* item, std::size_t depth) {
  Item out;
  out.depth = depth;
  cmark_node* para = cmark_node_first_child(item);
  cmark_node* strong = cmark_node_first_child(para);
  if (cmark_node_get_type(strong) == CMARK_NODE_STRONG)
    out.role = literal(cmark_node_first_child(strong));
  const std::string after = literal(cmark_node_next(strong));
  out.note = after.substr(0, after.find(": "));
  cmark_node* last = cmark_node_last_child(para);
  while (last && cmark_node_get_type(last) != CMARK_NODE_CODE) last = cmark_node_previous(last);
  out.id = literal(last);
  return out;
}

Outline parse(const std::string& md) {
  Outline out;
  cmark_node* doc = cmark_parse_document(md.data(), md.size(), CMARK_OPT_DEFAULT);
  cmark_iter* it = cmark_iter_new(doc);
  std::size_t lists = 0;
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    const cmark_node_type type = cmark_node_get_type(n);
    if (type == CMARK_NODE_LIST) lists += ev == CMARK_EVENT_ENTER ? 1 : -1;
    if (ev != CMARK_EVENT_ENTER) continue;
    if (type == CMARK_NODE_HEADING) out.heading_levels.push_back(cmark_node_get_heading_level(n));
    if (type == CMARK_NODE_ITEM) {
      const Item item = read_item(n, lists - 1);
      out.items[item.id] = item;
      ++out.item_count;
    }
  }
  cmark_iter_free(it);
  cmark_node_free(doc);
  return out;
}

// Depth of each unit in the outline, from the graph: the length of its chain of relations
// inside its own section that does not end at the major claim.
std::size_t expected_depth(const argmap::VersionAnalysis& v, std::size_t u) {
  std::size_t depth = 0;
  for (bool moved = true; moved;) {
    moved = false;
    for (const argmap::Relation& r : v.graph.relations) {
      if (r.from != u || v.units[r.to].section != v.units[u].section ||
          v.graph.roles[r.to] == argmap::Role::kMajorClaim)
        continue;
      u = r.to;
      ++depth;
      moved = true;
      break;
    }
  }
  return depth;
}

}  // namespace

TEST_CASE("md: the seed outline is CommonMark with a heading per version and section",
          "[export][md]") {
  const Outline o = parse(argmap::write_md(seed_analysis()));
  std::vector<int> want;
  for (const auto& v : seed_analysis().versions) {
    want.push_back(1);
    want.insert(want.end(), v.structure.sections.size(), 2);
  }
  CHECK(o.heading_levels == want);
}

TEST_CASE("md: every seed unit but the major claim is one item, nested under what it supports",
          "[export][md]") {
  const Outline o = parse(argmap::write_md(seed_analysis()));
  std::size_t units = 0, max_depth = 0;
  for (const auto& v : seed_analysis().versions) {
    for (std::size_t u = 0; u < v.units.size(); ++u) {
      if (v.graph.roles[u] == argmap::Role::kMajorClaim) continue;
      ++units;
      const std::string id = argmap::unit_id(v.lang, u);
      INFO(id);
      REQUIRE(o.items.count(id) == 1);
      CHECK(o.items.at(id).depth == expected_depth(v, u));
      max_depth = std::max(max_depth, o.items.at(id).depth);
    }
  }
  CHECK(o.item_count == units);
  CHECK(max_depth >= 2);  // premises of premises exist in the seed
}

TEST_CASE("md: seed items name their role and mark supports and attacks", "[export][md]") {
  const Outline o = parse(argmap::write_md(seed_analysis()));
  std::size_t attacks = 0, marked = 0;
  for (const auto& v : seed_analysis().versions) {
    for (const argmap::Relation& r : v.graph.relations) {
      if (v.graph.roles[r.from] == argmap::Role::kMajorClaim) continue;  // not an item
      const Item& item = o.items.at(argmap::unit_id(v.lang, r.from));
      const std::string mark = r.type == argmap::RelationType::kAttack ? ", attacks" : ", supports";
      CHECK(item.note.rfind(mark, 0) == 0);
      CHECK(item.role == (v.graph.roles[r.from] == argmap::Role::kClaim     ? "Claim"
                          : v.graph.roles[r.from] == argmap::Role::kPremise ? "Premise"
                                                                            : "Background"));
      attacks += r.type == argmap::RelationType::kAttack;
      ++marked;
    }
  }
  CHECK(attacks > 0);
  CHECK(marked == o.item_count);
}

TEST_CASE("md: markup characters in unit text are escaped", "[export][md]") {
  CHECK(argmap::md_escape("a*b_c [d](e) <f> & `g`") == "a\\*b\\_c \\[d\\](e) \\<f\\> \\& \\`g\\`");
}
