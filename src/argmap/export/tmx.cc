#include "argmap/export/tmx.h"

#include <cstdio>

#include "argmap/export/bitext.h"
#include "argmap/export/walk.h"

namespace argmap {
namespace {

std::string prop(const std::string& type, const std::string& value) {
  return "      <prop type=\"" + type + "\">" + xml_escape(value) + "</prop>\n";
}

std::string tuv(const Analysis& analysis, Lang lang, const std::vector<std::size_t>& units) {
  if (units.empty()) return "";
  return "      <tuv xml:lang=\"" + analysis.tag(lang) + "\"><seg>" +
         xml_escape(side_text(analysis, lang, units)) + "</seg></tuv>\n";
}

std::string tu(const Analysis& analysis, const Link& link, std::size_t n) {
  char score[16];
  std::snprintf(score, sizeof score, "%.3f", link.score);
  std::string out = "    <tu tuid=\"" + std::to_string(n) + "\">\n";
  out += prop("x-link", link_kind(link));
  if (analysis.alignment) out += prop("x-score", score);
  if (!link.zh.empty()) out += prop("x-zh-units", side_ids(Lang::kZh, link.zh));
  if (!link.en.empty()) out += prop("x-en-units", side_ids(Lang::kEn, link.en));
  const Lang source = analysis.source, target = other(source);
  out += tuv(analysis, source, side(link, source)) + tuv(analysis, target, side(link, target));
  return out + "    </tu>\n";
}

// One translation unit per row of the walk.
class TmxWriter : public Walker {
 public:
  TmxWriter(const Analysis& analysis, std::string& out) : analysis_(analysis), out_(out) {}
  void row(const Link& link, std::size_t n) override { out_ += tu(analysis_, link, n + 1); }

 private:
  const Analysis& analysis_;
  std::string& out_;
};

}  // namespace

std::string write_tmx(const Analysis& analysis) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<tmx version=\"1.4\">\n"
      "  <header creationtool=\"argmap\" creationtoolversion=\"" ARGMAP_VERSION
      "\" segtype=\"sentence\" o-tmf=\"argmap\" adminlang=\"en\" srclang=\"" +
      xml_escape(analysis.tag(analysis.source)) +
      "\" "
      "datatype=\"plaintext\"/>\n"
      "  <body>\n";
  TmxWriter writer(analysis, out);
  walk(analysis, writer);
  return out + "  </body>\n</tmx>\n";
}

}  // namespace argmap
