#include "argmap/version_analysis.h"

namespace argmap {

std::optional<std::size_t> heading_unit(const VersionAnalysis& v, std::size_t s) {
  const std::optional<std::size_t> heading = v.structure.sections[s].heading;
  for (std::size_t u = 0; heading && u < v.units.size(); ++u) {
    if (v.units[u].block == *heading) return u;
  }
  return std::nullopt;
}

std::string title_text(const VersionAnalysis& v) {
  for (const Unit& u : v.units) {
    if (u.kind == UnitKind::kTitle) return u.text;
  }
  return "";
}

}  // namespace argmap
