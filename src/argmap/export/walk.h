// Walk: the one traversal of an analysis the writers share, the way cmark renders — enter and
// exit events per version and section, one per unit, relation and alignment link, in order.
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
  virtual void relation(const VersionAnalysis&, std::size_t /*relation*/) {}
  virtual void exit_version(const VersionAnalysis&) {}
  virtual void link(const Alignment&, std::size_t /*link*/) {}
};

// Per version (Chinese first): enter it; per section, enter it, its units in order, exit it;
// then its relations in order; exit it. Then each alignment link in order, when aligned.
void walk(const Analysis& analysis, Walker& walker);

}  // namespace argmap
