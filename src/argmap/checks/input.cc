#include "argmap/checks/input.h"

#include "argmap/text.h"

namespace argmap {

CheckInput::CheckInput(const VersionAnalysis& zh_version, const VersionAnalysis& en_version,
                       const Alignment& links, const Glossary* terms, const Lexicons& lexicon_pair)
    : zh(zh_version), en(en_version), alignment(links), glossary(terms), lexicons(lexicon_pair) {
  for (const Lang lang : {Lang::kZh, Lang::kEn}) {
    std::vector<ScriptCounts>& counts = scripts[lang];
    counts.reserve(version(lang).units.size());
    for (const Unit& u : version(lang).units) counts.push_back(count_scripts(u.text));
  }
}

std::vector<const Link*> CheckInput::two_sided() const {
  std::vector<const Link*> out;
  for (const Link& l : alignment.links) {
    if (!l.zh.empty() && !l.en.empty()) out.push_back(&l);
  }
  return out;
}

std::string quote(const std::string& text, std::size_t max_code_points) {
  std::size_t i = 0, n = 0;
  while (i < text.size() && n < max_code_points) decode_utf8(text, i), ++n;
  return "“" + text.substr(0, i) + (i < text.size() ? "…" : "") + "”";
}

std::string join_texts(const VersionAnalysis& v, const std::vector<std::size_t>& units) {
  std::string out;
  for (std::size_t u : units) out += (out.empty() ? "" : " ") + v.units[u].text;
  return out;
}

}  // namespace argmap
