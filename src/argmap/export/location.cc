#include "argmap/export/location.h"

namespace argmap {

Locator::Locator(const Analysis& analysis) : analysis_(analysis) {
  for (const Input& in : analysis.doc.inputs) lines_.emplace_back(in.bytes);
}

Location Locator::of(const VersionAnalysis& v, std::size_t unit) const {
  const Unit& u = v.units[unit];
  std::size_t last = u.end;
  if (last > u.start) decode_utf8_before(analysis_.doc.inputs[u.input].bytes, last);
  return Location{analysis_.doc.inputs[u.input].path, u.input, lines_[u.input].locate(u.start),
                  lines_[u.input].locate(last),       u.start, u.end};
}

}  // namespace argmap
