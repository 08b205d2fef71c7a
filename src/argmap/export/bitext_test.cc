// TMX and XLIFF: XML escaping, one <tu> / <unit> per alignment link of the seed with its kind,
// and markup characters in an essay's text written as entities.
#include "argmap/export/bitext.h"

#include "argmap/export/export_testing.h"
#include "argmap/export/tmx.h"
#include "argmap/export/xliff.h"

using argmap::testing::seed_analysis;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

const char* kEssay =
    "中文版\n\n# 成本与收益\n\n成本 < 收益 & 风险，这是\"常识\"。但是它并不总是成立。\n\n"
    "English Version\n\n# Costs and benefits\n\n"
    "Costs < benefits & risks, as 'common sense' says. But that does not always hold.\n";

}  // namespace

TEST_CASE("bitext: XML escaping writes entities and drops what XML 1.0 forbids",
          "[export][tmx][xliff]") {
  CHECK(argmap::xml_escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
  CHECK(argmap::xml_escape("x\x01y\x0b\tz\r\n") == "xy\tz\r\n");
  CHECK(argmap::xml_escape("中\xEF\xBF\xBE文\xEF\xBF\xBF") == "中文");  // U+FFFE, U+FFFF
  CHECK(argmap::xml_escape("\xC2\x85 é") == "\xC2\x85 é");              // allowed in XML 1.0
}

TEST_CASE("tmx: one tu per seed alignment link, with its kind", "[export][tmx]") {
  const std::string tmx = argmap::write_tmx(seed_analysis());
  const auto& links = seed_analysis().alignment->links;
  CHECK(count(tmx, "<tu ") == links.size());
  std::size_t zh = 0, en = 0;
  for (const argmap::Link& l : links) {
    zh += !l.zh.empty();
    en += !l.en.empty();
    CHECK(tmx.find("<prop type=\"x-link\">" + argmap::link_kind(l) + "</prop>") !=
          std::string::npos);
  }
  CHECK(count(tmx, "<tuv xml:lang=\"zh-CN\">") == zh);
  CHECK(count(tmx, "<tuv xml:lang=\"en\">") == en);
  CHECK(tmx.find("srclang=\"zh-CN\"") != std::string::npos);
}

TEST_CASE("xliff: one unit per seed alignment link, findings as notes", "[export][xliff]") {
  const std::string xliff = argmap::write_xliff(seed_analysis());
  CHECK(count(xliff, "<unit ") == seed_analysis().alignment->links.size());
  CHECK(count(xliff, "<note ") == seed_analysis().findings.size());
  CHECK(xliff.find("version=\"2.1\" srcLang=\"zh-CN\" trgLang=\"en\"") != std::string::npos);
}

TEST_CASE("tmx and xliff: markup characters in the text become entities", "[export][tmx][xliff]") {
  const argmap::Analysis a = argmap::testing::analysed({kEssay});
  for (const std::string& out : {argmap::write_tmx(a), argmap::write_xliff(a)}) {
    CHECK(out.find("成本 &lt; 收益 &amp; 风险，这是&quot;常识&quot;。") != std::string::npos);
    CHECK(out.find("Costs &lt; benefits &amp; risks, as &apos;common sense&apos; says.") !=
          std::string::npos);
    CHECK(count(out, "<") == count(out, ">"));
  }
}
