// Walk: the one traversal of an analysis the writers share, the way cmark renders — enter and
// exit events per version and section, one per unit, list, relation, alignment link and row.
#pragma once

#include <cstddef>

#include "argmap/analysis.h"

namespace argmap {

// A writer's callbacks; each does nothing unless the writer overrides it.
class Walker {
 public:
  virtual ~Walker() = default;
  virtual void enter_version(const VersionAnalysis&) {}
  virtual void enter_section(const VersionAnalysis&, std::size_t /*section*/) {}
  virtual void unit(const VersionAnalysis&, std::size_t /*unit*/) {}
  virtual void exit_section(const VersionAnalysis&, std::size_t /*section*/) {}
  virtual void list(const VersionAnalysis&, std::size_t /*list*/) {}
  virtual void relation(const VersionAnalysis&, std::size_t /*relation*/) {}
  virtual void exit_version(const VersionAnalysis&) {}
  virtual void link(const Alignment&, std::size_t /*link*/) {}
  // A row of a bitext (TMX, XLIFF, the review page): each alignment link, or, unaligned, each
  // unit of each version alone (a 1-0 or 0-1 link); rows count from 0.
  virtual void row(const Link&, std::size_t /*row*/) {}
};

enum class WalkOrder {
  kDocument,  // each section's units between its enter and exit
  kByKind,    // every section entered and exited, then every unit (the JSON's arrays)
};

// Per version (Chinese first): enter it; its sections and units in `order`; its lists and
// relations in order; exit it. Then each alignment link in order, when aligned; then the rows.
void walk(const Analysis& analysis, Walker& walker, WalkOrder order = WalkOrder::kDocument);

}  // namespace argmap
