// Version index: one version's navigation, built once when its analysis is complete — section
// -> heading unit and units, block -> units, unit -> relations out and in, and link.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include "argmap/language.h"

namespace argmap {

struct Link;
struct Relation;
struct Structure;
struct Unit;

// Items 0..n-1 grouped by a key, each group in item order, stored flat (one offsets array and
// one items array, not a vector per group): groups[g] is a view of group g's items.
class Groups {
 public:
  Groups() = default;
  // key(i) names item i's group (< groups), or any value >= groups for no group.
  template <class Key>
  Groups(std::size_t groups, std::size_t items, Key key) : start_(groups + 1, 0) {
    for (std::size_t i = 0; i < items; ++i)
      if (const std::size_t g = key(i); g < groups) ++start_[g + 1];
    for (std::size_t g = 0; g < groups; ++g) start_[g + 1] += start_[g];
    items_.resize(start_.back());
    std::vector<std::size_t> next(start_.begin(), start_.end() - 1);
    for (std::size_t i = 0; i < items; ++i)
      if (const std::size_t g = key(i); g < groups) items_[next[g]++] = i;
  }
  std::size_t size() const { return start_.empty() ? 0 : start_.size() - 1; }
  std::span<const std::size_t> operator[](std::size_t g) const {
    return {items_.data() + start_[g], start_[g + 1] - start_[g]};
  }
  std::vector<std::size_t> copy_of(std::size_t g) const {
    const std::span<const std::size_t> items = (*this)[g];
    return {items.begin(), items.end()};
  }

 private:
  std::vector<std::size_t> start_;  // group g holds items_[start_[g], start_[g + 1])
  std::vector<std::size_t> items_;
};

struct VersionIndex {
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<std::size_t> heading;  // per section: its heading unit, or kNone
  Groups section_units;              // per section: its units, in order
  Groups block_units;                // per block: its units, in order
  Groups out;                        // per unit: its relations, in order
  Groups in;                         // per unit: the relations aimed at it, in order
  std::vector<std::size_t> link;     // per unit: the alignment link holding it, or kNone

  std::optional<std::size_t> heading_of(std::size_t section) const {
    const std::size_t u = section < heading.size() ? heading[section] : kNone;
    return u == kNone ? std::nullopt : std::optional<std::size_t>(u);
  }
};

// The index of a version in `lang` from its parts; links: the alignment's links (the link part
// stays kNone without them).
VersionIndex index_version(Lang lang, const Structure& structure, const std::vector<Unit>& units,
                           const std::vector<Relation>& relations, const std::vector<Link>* links);

}  // namespace argmap
