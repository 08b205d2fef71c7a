// Version index: one version's navigation, built once when its analysis is complete — section
// -> heading unit and units, block -> units, unit -> relations out and in, and link.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace argmap {

struct Link;
struct VersionAnalysis;

struct VersionIndex {
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<std::size_t> heading;                     // per section: its heading unit, or kNone
  std::vector<std::vector<std::size_t>> section_units;  // per section: its units, in order
  std::vector<std::vector<std::size_t>> block_units;    // per block: its units, in order
  std::vector<std::vector<std::size_t>> out;            // per unit: its relations, in order
  std::vector<std::vector<std::size_t>> in;             // per unit: relations aimed at it
  std::vector<std::size_t> link;  // per unit: the alignment link holding it, or kNone

  std::optional<std::size_t> heading_of(std::size_t section) const {
    const std::size_t u = section < heading.size() ? heading[section] : kNone;
    return u == kNone ? std::nullopt : std::optional<std::size_t>(u);
  }
};

// The index of v; links: the alignment's links (the link part stays kNone without them).
VersionIndex index_version(const VersionAnalysis& v, const std::vector<Link>* links);

}  // namespace argmap
