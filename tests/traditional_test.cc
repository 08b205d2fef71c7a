// Traditional Chinese reads exactly as well as Simplified: the seed and another corpus essay,
// converted with ICU's Simplified-Traditional transform, give the same units, roles,
// relations, alignment and findings as the originals, while every output keeps the
// Traditional characters the user wrote.
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "argmap/export/tmx.h"
#include "argmap/export/xliff.h"
#include "tests/review_testing.h"

using argmap::Analysis;
using argmap::Lang;
using argmap::testing::Essay;
using argmap::testing::kEssays;

namespace {

std::string to_traditional(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(
      icu::Transliterator::createInstance("Simplified-Traditional", UTRANS_FORWARD, status));
  REQUIRE(U_SUCCESS(status));
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(text);
  t->transliterate(s);
  std::string out;
  return s.toUTF8String(out);
}

// The essay's texts, the Chinese ones (every file holding Chinese) made Traditional.
std::vector<std::pair<std::string, std::string>> texts(const Essay& e, bool traditional) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const std::string& f : e.files) {
    const std::string text = argmap::testing::read_file(argmap::testing::corpus(f));
    const bool chinese = f.find(".en.") == std::string::npos;
    out.emplace_back(f, traditional && chinese ? to_traditional(text) : text);
  }
  return out;
}

// What the analysis decided, without the characters: units (kind, span), roles, relations,
// links and findings (code, severity, units).
std::vector<std::string> decisions(const Analysis& a) {
  std::vector<std::string> out;
  for (const auto& v : a.versions) {
    for (std::size_t i = 0; i < v.units.size(); ++i) {
      const auto& u = v.units[i];
      out.push_back(std::to_string(u.start) + "-" + std::to_string(u.end) + " " +
                    argmap::role_name(v.graph.roles[i]) + " " + std::string(v.graph.role_rules[i]));
    }
    for (const auto& r : v.graph.relations)
      out.push_back(std::to_string(r.from) + ">" + std::to_string(r.to) + " " +
                    std::string(r.rule));
  }
  for (const auto& l : a.alignment->links)
    out.push_back("link " + argmap::testing::ids(Lang::kZh, l.zh) + " " +
                  argmap::testing::ids(Lang::kEn, l.en));
  for (const auto& f : a.findings) out.push_back(argmap::testing::describe(f));
  return out;
}

}  // namespace

TEST_CASE("traditional: converted essays give the same analysis, in their own characters",
          "[traditional]") {
  for (const Essay* e : {&kEssays[0], &kEssays[2]}) {
    INFO(e->gold);
    const Analysis simp = argmap::testing::review(texts(*e, false));
    const Analysis trad = argmap::testing::review(texts(*e, true));
    CHECK(simp.zh_script == argmap::ZhScript::kHans);
    CHECK(trad.zh_script == argmap::ZhScript::kHant);
    CHECK(decisions(trad) == decisions(simp));
    const auto& zs = simp.find(Lang::kZh)->units;
    const auto& zt = trad.find(Lang::kZh)->units;
    REQUIRE(zs.size() == zt.size());
    for (std::size_t i = 0; i < zs.size(); ++i) {
      INFO(zt[i].text);
      CHECK(zt[i].text == to_traditional(zs[i].text));  // the user's characters, not 简体
      CHECK(zt[i].text.size() == zs[i].text.size());
    }
  }
}

TEST_CASE("traditional: relation markers and finding messages quote the Traditional text",
          "[traditional]") {
  const Analysis trad = argmap::testing::review(texts(kEssays[0], true));
  const auto& zh = *trad.find(Lang::kZh);
  bool turn = false;
  for (const auto& r : zh.graph.relations) {
    if (r.marker.empty()) continue;
    CHECK(zh.units[r.from].text.find(r.marker) != std::string::npos);
    turn = turn || r.marker == "但";
  }
  CHECK(turn);
  bool quoted = false;
  for (const auto& f : trad.findings) {
    INFO(f.message);
    CHECK(f.message.find("无法") == std::string::npos);  // quoted as 無法, as written
    quoted = quoted || f.message.find("(無法)") != std::string::npos;
  }
  CHECK(quoted);
}

TEST_CASE("traditional: TMX and XLIFF name the Chinese side zh-Hant, or the locale asked for",
          "[traditional]") {
  const Analysis trad = argmap::testing::review(texts(kEssays[0], true));
  CHECK(argmap::write_tmx(trad).find("srclang=\"zh-Hant\"") != std::string::npos);
  CHECK(argmap::write_tmx(trad).find("<tuv xml:lang=\"zh-Hant\">") != std::string::npos);
  CHECK(argmap::write_xliff(trad).find("srcLang=\"zh-Hant\" trgLang=\"en\"") != std::string::npos);
  const Analysis simp = argmap::testing::review(texts(kEssays[0], false));
  CHECK(argmap::write_tmx(simp).find("srclang=\"zh-CN\"") != std::string::npos);
}

TEST_CASE("traditional: each input's script and simplified copy made on two threads change nothing",
          "[traditional]") {
  // Every corpus essay, its Chinese made Traditional: one file or two, the split, the script
  // and the restored text are those of one thread.
  for (const Essay& e : kEssays) {
    INFO(e.gold);
    const Analysis one = argmap::testing::review(texts(e, true), nullptr, e.source, 1);
    const Analysis two = argmap::testing::review(texts(e, true), nullptr, e.source, 2);
    CHECK(two.zh_script == argmap::ZhScript::kHant);
    CHECK(decisions(two) == decisions(one));
    for (const Lang lang : {Lang::kZh, Lang::kEn}) {
      const auto &a = one.find(lang)->units, &b = two.find(lang)->units;
      REQUIRE(a.size() == b.size());
      for (std::size_t i = 0; i < a.size(); ++i) CHECK(a[i].text == b[i].text);
    }
  }
}
