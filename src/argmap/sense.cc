#include "argmap/sense.h"

#include <algorithm>

namespace argmap {

const std::vector<std::string_view>& sense_names() {
  static const std::vector<std::string_view> names = {
      "contrast",   "concession",  "cause",    "result",      "condition",
      "correction", "elaboration", "example",  "enumeration", "restatement",
      "addition",   "alternative", "temporal", "purpose",     "conclusion"};
  return names;
}

std::string_view sense_name(Sense sense) { return sense_names()[static_cast<std::size_t>(sense)]; }

std::optional<Sense> parse_sense(std::string_view name) {
  const auto& names = sense_names();
  const auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) return std::nullopt;
  return static_cast<Sense>(it - names.begin());
}

std::vector<std::string> names_of(const Senses& senses) {
  std::vector<std::string> out;
  for (Sense s : senses) out.emplace_back(sense_name(s));
  return out;
}

}  // namespace argmap
