#include "argmap/document.h"

#include <catch2/catch.hpp>

#include "tests/testing.h"

using argmap::Lang;
using argmap::testing::analyse_texts;
using argmap::testing::unit_texts;

namespace {

std::vector<std::string> texts_of(const argmap::Result<argmap::Analysis>& a, Lang lang) {
  REQUIRE(a.ok());
  const argmap::VersionAnalysis* v = a.value().find(lang);
  REQUIRE(v != nullptr);
  return unit_texts(*v);
}

}  // namespace

TEST_CASE("a byte order mark is skipped and spans still point into the original bytes",
          "[document]") {
  const std::string text = "\xEF\xBB\xBF中文句子。\n\nAn English sentence.\n";
  auto a = analyse_texts({text});
  REQUIRE(a.ok());
  const argmap::Unit& u = a.value().find(Lang::kZh)->units.at(0);
  CHECK(u.text == "中文句子。");
  CHECK(u.start == 3);
  CHECK(text.substr(u.start, u.end - u.start) == "中文句子。");
}

TEST_CASE("CRLF and CR line endings read like LF", "[document]") {
  const std::string lf = "标题\n\n第一句。第二句。\n\nTitle\n\nFirst one. Second one.\n";
  std::string crlf, cr;
  for (char c : lf) {
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    cr += c == '\n' ? '\r' : c;
  }
  const auto zh = texts_of(analyse_texts({lf}), Lang::kZh);
  CHECK(texts_of(analyse_texts({crlf}), Lang::kZh) == zh);
  CHECK(texts_of(analyse_texts({cr}), Lang::kZh) == zh);
  CHECK(texts_of(analyse_texts({crlf}), Lang::kEn) == texts_of(analyse_texts({lf}), Lang::kEn));
}

TEST_CASE("unmarked blocks are found in either order", "[document]") {
  const std::string zh = "中文第一段。\n\n中文第二段。\n\n";
  const std::string en = "English first paragraph.\n\nEnglish second paragraph.\n\n";
  for (const std::string& text : {zh + en, en + zh}) {
    CHECK(texts_of(analyse_texts({text}), Lang::kZh) ==
          std::vector<std::string>{"中文第一段。", "中文第二段。"});
    CHECK(texts_of(analyse_texts({text}), Lang::kEn) ==
          std::vector<std::string>{"English first paragraph.", "English second paragraph."});
  }
}

TEST_CASE("interleaved paragraphs go to the version of their script", "[document]") {
  const std::string text = "第一段。\n\nFirst paragraph.\n\n第二段。\n\nSecond paragraph.\n";
  CHECK(texts_of(analyse_texts({text}), Lang::kZh) ==
        std::vector<std::string>{"第一段。", "第二段。"});
  CHECK(texts_of(analyse_texts({text}), Lang::kEn) ==
        std::vector<std::string>{"First paragraph.", "Second paragraph."});
}

TEST_CASE("markers are recognised and a stray paragraph stays where it stands", "[document]") {
  const std::string text =
      "## 中文版\n\n中文第一段。\n\n中文第二段。\n\n**English Version**\n\nFirst.\n\n"
      "这句没有翻译。\n\nSecond.\n";
  CHECK(texts_of(analyse_texts({text}), Lang::kZh) ==
        std::vector<std::string>{"中文第一段。", "中文第二段。"});
  CHECK(texts_of(analyse_texts({text}), Lang::kEn) ==
        std::vector<std::string>{"First.", "这句没有翻译。", "Second."});
}

TEST_CASE("markers in brackets and with a colon are recognised", "[document]") {
  const std::string text =
      "【中文】\n\n中文第一段。\n\n中文第二段。\n\n（英文）：\n\nFirst.\n\nSecond.\n";
  CHECK(texts_of(analyse_texts({text}), Lang::kZh) ==
        std::vector<std::string>{"中文第一段。", "中文第二段。"});
  CHECK(texts_of(analyse_texts({text}), Lang::kEn) ==
        std::vector<std::string>{"First.", "Second."});
}

TEST_CASE("an unmarked stray paragraph inside a long block stays in that block", "[document]") {
  const std::string text =
      "中文一。\n\n中文二。\n\nEnglish one.\n\nEnglish two.\n\n没有翻译。\n\nEnglish "
      "three.\n\nEnglish four.\n";
  CHECK(texts_of(analyse_texts({text}), Lang::kEn).size() == 5);
}

TEST_CASE("two files, one per language, in any order", "[document]") {
  const std::string zh = "中文标题\n\n中文句子。\n";
  const std::string en = "English Title\n\nAn English sentence.\n";
  for (const auto& pair : {std::vector<std::string>{zh, en}, std::vector<std::string>{en, zh}}) {
    auto a = analyse_texts(pair);
    CHECK(texts_of(a, Lang::kZh) == std::vector<std::string>{"中文标题", "中文句子。"});
    CHECK(texts_of(a, Lang::kEn) ==
          std::vector<std::string>{"English Title", "An English sentence."});
  }
}

TEST_CASE("two files in the same language are refused with 65", "[document]") {
  auto a = analyse_texts({"中文。\n", "也是中文。\n"});
  REQUIRE_FALSE(a.ok());
  CHECK(a.error().code == argmap::ExitCode::kDataError);
  CHECK_THAT(a.error().message, Catch::Contains("both inputs are Chinese"));
}

TEST_CASE("a missing version is an error when both are needed", "[document]") {
  argmap::SplitOptions both;
  both.need_both = true;
  auto a = analyse_texts({"只有中文。\n"}, both);
  REQUIRE_FALSE(a.ok());
  CHECK_THAT(a.error().message, Catch::Contains("no English version"));
}

TEST_CASE("a one-language read (--lang) keeps every paragraph in the one version", "[document]") {
  argmap::SplitOptions only;
  only.only = Lang::kEn;
  auto a = analyse_texts({"English text.\n\n中文混入。\n\nMore English.\n"}, only);
  CHECK(texts_of(a, Lang::kEn).size() == 3);
  CHECK(a.value().find(Lang::kZh) == nullptr);
}

TEST_CASE("make_input rejects bytes that are not text, naming the offset", "[document]") {
  auto nul = argmap::make_input("f.txt", std::string("ab\0cd", 5));
  REQUIRE_FALSE(nul.ok());
  CHECK(nul.error().offset == 2u);
  auto bad = argmap::make_input("f.txt", "中文\n\xFF");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().offset == 7u);
  CHECK(bad.error().line == 2);
  CHECK(bad.error().format() == "f.txt:2:1: invalid UTF-8 (byte 7)");
  CHECK_FALSE(argmap::make_input("f.txt", "").ok());
  CHECK_FALSE(argmap::make_input("f.txt", " \n\t\u3000").ok());
}
