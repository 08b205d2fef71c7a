// Alignment: links between the units of the Chinese and the English version (1-1, 1-n, n-1,
// 1-0, 0-1), found section by section; relation_links maps each graph's relations onto the other.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "argmap/anchors.h"
#include "argmap/link.h"
#include "argmap/version_analysis.h"

namespace argmap {

struct SectionLink {
  std::optional<std::size_t> zh;  // section indices; one side empty: missing or extra
  std::optional<std::size_t> en;
};

enum class RelationMatch { kSame, kTypeDiffers, kNoCounterpart };

struct RelationLink {
  Lang lang = Lang::kZh;             // the graph the relation belongs to
  std::size_t relation = 0;          // index into that graph's relations
  std::optional<std::size_t> other;  // the counterpart in the other graph
  RelationMatch match = RelationMatch::kNoCounterpart;
};

struct Alignment {
  std::vector<SectionLink> sections;
  bool sections_reordered = false;
  std::vector<Link> links;  // every unit of both versions exactly once
  // Empty from align(): the pipeline maps the relations once the translation's are agreed.
  std::vector<RelationLink> relations;
  bool used_dictionary = false;
  AnchorSet anchors;  // what the units were compared by; the checks read them too
};

Alignment align(const VersionAnalysis& zh, const VersionAnalysis& en,
                const AnchorResources& resources);

// Each relation of both graphs mapped through the links onto the other graph's relations.
std::vector<RelationLink> relation_links(const VersionAnalysis& zh, const VersionAnalysis& en,
                                         const std::vector<Link>& links);

// Section pairs: preamble with preamble, numbered by number, closing with closing, the rest
// (unnumbered) in order.
std::vector<SectionLink> align_sections(const Structure& zh, const Structure& en, bool& reordered);

}  // namespace argmap
