#include "argmap/ids.h"

namespace argmap {
namespace {

std::string numbered_id(Lang lang, char kind, std::size_t index) {
  return std::string(lang_code(lang)) + ":" + kind + std::to_string(index + 1);
}

}  // namespace

std::string unit_id(Lang lang, std::size_t index) { return numbered_id(lang, 'u', index); }

std::string section_id(const Structure& s, std::size_t index) {
  const bool has_preamble =
      !s.sections.empty() && s.sections.front().kind == SectionKind::kPreamble;
  return std::string(lang_code(s.lang)) + ":s" + std::to_string(has_preamble ? index : index + 1);
}

std::string list_id(Lang lang, std::size_t index) { return numbered_id(lang, 'l', index); }

std::string relation_id(Lang lang, std::size_t index) { return numbered_id(lang, 'r', index); }

std::string link_id(std::size_t index) { return "link:" + std::to_string(index + 1); }

}  // namespace argmap
