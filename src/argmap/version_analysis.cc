#include "argmap/version_analysis.h"

namespace argmap {

std::optional<std::size_t> heading_unit(const VersionAnalysis& v, std::size_t s) {
  return v.index.heading_of(s);
}

std::string title_text(const VersionAnalysis& v) {
  for (const Unit& u : v.units) {
    if (u.kind == UnitKind::kTitle) return u.text;
  }
  return "";
}

}  // namespace argmap
