#include "argmap/export/bitext.h"

#include "argmap/ids.h"
#include "argmap/text.h"

namespace argmap {
namespace {

bool xml_char(char32_t c) {
  if (c < 0x20) return c == 0x09 || c == 0x0A || c == 0x0D;
  return c != 0xFFFE && c != 0xFFFF && !(c >= 0xD800 && c <= 0xDFFF);
}

const char* entity(char32_t c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&apos;";
    default:
      return nullptr;
  }
}

}  // namespace

std::string link_kind(const Link& link) {
  return std::to_string(link.zh.size()) + "-" + std::to_string(link.en.size());
}

std::string side_text(const Analysis& analysis, Lang lang, const std::vector<std::size_t>& units) {
  const VersionAnalysis* v = analysis.find(lang);
  std::string out;
  for (std::size_t u : units) {
    if (!out.empty() && lang == Lang::kEn) out += ' ';
    out += v->units[u].text;
  }
  return out;
}

std::string side_ids(Lang lang, const std::vector<std::size_t>& units) {
  std::string out;
  for (std::size_t u : units) out += (out.empty() ? "" : " ") + unit_id(lang, u);
  return out;
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t c = decode_utf8(text, i);
    if (!xml_char(c)) continue;
    const char* e = entity(c);
    if (e != nullptr) {
      out += e;
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

}  // namespace argmap
