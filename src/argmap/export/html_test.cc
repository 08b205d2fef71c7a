// HTML export: escaping, and the seed essay's review page — one row per alignment link, every
// unit and finding once, nothing fetched from the network, byte-identical reruns. The page's
// behaviour in a browser is tested by tests/html_export.py (headless Chromium).
#include "argmap/export/html.h"

#include <catch2/catch.hpp>
#include <regex>

#include "argmap/export/export_testing.h"
#include "tests/testing.h"

using argmap::Lang;
using namespace argmap::testing;  // NOLINT: test helpers

TEST_CASE("html: the five special characters are escaped", "[html]") {
  CHECK(argmap::html_escape(R"(<a href="x">Tom & 'Jerry'</a>)") ==
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
  CHECK(argmap::html_escape("《算力》") == "《算力》");
}

TEST_CASE("html: every corpus page has a row per link and each unit and finding once",
          "[html][corpus]") {
  for (const Essay& essay : kEssays) {
    INFO(essay.gold);
    const argmap::Analysis a = checked(essay);
    const std::string html = argmap::write_html(a);
    CHECK(count(html, "<div class=\"row") == a.alignment->links.size());
    for (const argmap::VersionAnalysis& v : a.versions) {
      const std::string code(argmap::lang_code(v.lang));
      for (std::size_t u = 0; u < v.units.size(); ++u)
        CHECK(count(html, "id=\"" + code + "-u" + std::to_string(u + 1) + "\"") == 1);
    }
    for (std::size_t f = 0; f < a.findings.size(); ++f) {
      CHECK(count(html, "<li class=\"finding sev-" +
                            std::string(argmap::severity_name(a.findings[f].severity)) +
                            "\" id=\"f" + std::to_string(f + 1) + "\">") == 1);
    }
    CHECK(count(html, "class=\"sechead\"") >= a.find(Lang::kZh)->structure.sections.size());
  }
}

TEST_CASE("html: the page is self-contained: no URL, import, external font or image", "[html]") {
  const std::string html = argmap::write_html(checked(kEssays[0]));
  CHECK(html.find("http:") == std::string::npos);
  CHECK(html.find("https:") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("@font-face") == std::string::npos);
  CHECK(html.find("default-src 'none'") != std::string::npos);
  // Every in-page link points at an element of the page.
  const std::regex target("data-target=\"([^\"]+)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), target);
       it != std::sregex_iterator(); ++it) {
    CHECK(count(html, "id=\"" + (*it)[1].str() + "\"") == 1);
  }
}

TEST_CASE("html: the seed page shows titles, roles, relations, findings; reruns are identical",
          "[html][seed]") {
  const argmap::Analysis a = checked(kEssays[0]);
  const std::string html = argmap::write_html(a);
  CHECK(html.find("<span lang=\"zh\">《为什么堆算力无法产生 AGI》</span>") != std::string::npos);
  CHECK(html.find("class=\"badge role-major_claim\">major_claim<") != std::string::npos);
  CHECK(html.find("class=\"rel attack\"") != std::string::npos);
  CHECK(html.find("class=\"rel support\"") != std::string::npos);
  CHECK(html.find("data-severity=\"error\"") != std::string::npos);
  CHECK(html.find("id=\"only-findings\"") != std::string::npos);
  CHECK(argmap::write_html(checked(kEssays[0])) == html);
}

TEST_CASE("html: a text without titles is headed by its input names, not a bare slash", "[html]") {
  const argmap::Analysis a = analysed({"我们身处人类历史的转折点上。\n但是，变化来得太快。\n",
                                       "We are at a turning point in history.\nBut change comes "
                                       "too fast.\n"});
  const std::string html = argmap::write_html(a);
  const std::size_t h1 = html.find("<h1>"), end = html.find("</h1>");
  REQUIRE(end != std::string::npos);
  const std::string heading = html.substr(h1, end - h1);
  CHECK(heading.find("input1") != std::string::npos);
  CHECK(heading.find("input2") != std::string::npos);
  CHECK(heading.find(">/<") == std::string::npos);
}
