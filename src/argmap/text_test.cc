#include "argmap/text.h"

#include <unicode/uscript.h>

#include <algorithm>
#include <catch2/catch.hpp>

using argmap::first_invalid_utf8;

TEST_CASE("valid UTF-8 including CJK and 4-byte characters passes", "[text]") {
  CHECK_FALSE(first_invalid_utf8("plain ASCII"));
  CHECK_FALSE(first_invalid_utf8("算力 → AGI 😀"));
}

TEST_CASE("the first ill-formed byte is reported at its offset", "[text]") {
  CHECK(first_invalid_utf8("\xFF"
                           "abc") == 0u);
  CHECK(first_invalid_utf8("ab\xC0\xAF") == 2u);         // overlong '/'
  CHECK(first_invalid_utf8("中\xED\xA0\x80") == 3u);     // surrogate
  CHECK(first_invalid_utf8("x\xF4\x90\x80\x80") == 1u);  // above U+10FFFF
  CHECK(first_invalid_utf8("中文\xE4\xB8") == 6u);       // truncated at the end
  CHECK(first_invalid_utf8("a\x80") == 1u);              // stray continuation byte
}

TEST_CASE("line and column count code points and every line-break style", "[text]") {
  const std::string text = "中文\r\nab\rc\nd";
  const argmap::LineIndex index(text);
  CHECK(index.locate(0).line == 1);
  CHECK(index.locate(3).column == 2);  // after one Han character
  CHECK(index.locate(8).line == 2);    // 'a' after CRLF
  CHECK(index.locate(8).column == 1);
  CHECK(index.locate(11).line == 3);  // 'c' after CR
  CHECK(index.locate(13).line == 4);  // 'd' after LF
}

TEST_CASE("positions stay right past the index's checkpoint stride", "[text]") {
  std::string text(2000, 'a');
  text += "\n中b";
  const argmap::LineIndex index(text);
  CHECK(index.locate(1999).column == 2000);
  CHECK(index.locate(2004).line == 2);
  CHECK(index.locate(2004).column == 2);
}

TEST_CASE("every offset of a text with mixed breaks locates as a byte-by-byte count does",
          "[text]") {
  // A fixed pseudo-random text of LF, CR, CRLF, Han, accented and plain letters, over several
  // checkpoint strides; the count below walks it one byte at a time.
  const std::vector<std::string> pieces = {"\n", "\r", "\r\n", "中", "é", "a", "b", " ", "\r\r"};
  std::string text;
  std::uint32_t x = 7;
  while (text.size() < 3000) {
    x = x * 1664525u + 1013904223u;
    text += pieces[(x >> 24) % pieces.size()];
  }
  const argmap::LineIndex index(text);
  std::size_t line = 1, column = 1;
  bool after_cr = false;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const argmap::Position p = index.locate(i);
    INFO("offset " << i);
    REQUIRE(p.line == line);
    REQUIRE(p.column == column);
    if (i == text.size()) break;
    const char c = text[i];
    if (c == '\n' && after_cr) {
      after_cr = false;
    } else if (c == '\n' || c == '\r') {
      line += 1, column = 1, after_cr = c == '\r';
    } else {
      column += (static_cast<unsigned char>(c) & 0xC0) == 0x80 ? 0 : 1;
      after_cr = false;
    }
  }
}

TEST_CASE("trim removes Unicode white space including the ideographic space", "[text]") {
  CHECK(argmap::trim("\u3000 中文 \t\n") == "中文");
  CHECK(argmap::trim("   ").empty());
}

TEST_CASE("script counts tell Han from Latin letters", "[text]") {
  const auto counts = argmap::count_scripts("二、AGI 的核心");
  CHECK(counts.han == 4);
  CHECK(counts.latin == 3);
}

TEST_CASE("lower_ascii lowers ASCII letters only and keeps CJK and other UTF-8 bytes", "[text]") {
  CHECK(argmap::lower_ascii("Scaling AGI 算力 ÄÖ 2024") == "scaling agi 算力 ÄÖ 2024");
  CHECK(argmap::lower_ascii("") == "");
}

TEST_CASE("ascii_words splits at every byte the predicate refuses", "[text]") {
  using V = std::vector<std::string_view>;
  CHECK(argmap::ascii_words("为什么堆算力无法产生AGI与GPT-4？", argmap::is_ascii_alnum) ==
        V{"AGI", "GPT", "4"});
  CHECK(argmap::ascii_words("don't scale, Scale2", argmap::is_ascii_alpha) ==
        V{"don", "t", "scale", "Scale"});
  CHECK(argmap::ascii_words("  ", argmap::is_ascii_alpha).empty());
  CHECK(argmap::ascii_words("end", argmap::is_ascii_alpha) == V{"end"});
}

TEST_CASE("count_letters counts Han characters, Latin letters and digits only", "[text]") {
  CHECK(argmap::count_letters("为什么堆算力无法产生AGI？") == 13);
  CHECK(argmap::count_letters("GPT-4, in 2023.") == 10);
  CHECK(argmap::count_letters("“，。！ ...") == 0);
  CHECK(argmap::count_letters("") == 0);
}

TEST_CASE("text: script_of gives ICU's script class for every code point", "[text]") {
  // The plane's classes come from a table generated at build time; past it, ICU is asked.
  std::size_t han = 0, latin = 0, differ = 0;
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode code = uscript_getScript(c, &status);
    const argmap::Script icu = code == USCRIPT_HAN     ? argmap::Script::kHan
                               : code == USCRIPT_LATIN ? argmap::Script::kLatin
                                                       : argmap::Script::kOther;
    const argmap::Script ours = argmap::script_of(static_cast<char32_t>(c));
    differ += ours != icu ? 1 : 0;
    han += ours == argmap::Script::kHan ? 1 : 0;
    latin += ours == argmap::Script::kLatin ? 1 : 0;
  }
  CHECK(differ == 0);
  CHECK(han > 90000);  // the unified ideographs and their extensions
  CHECK(latin > 1000);
  CHECK(argmap::script_of(U'中') == argmap::Script::kHan);
  CHECK(argmap::script_of(U'，') == argmap::Script::kOther);
  CHECK(argmap::script_of(U'é') == argmap::Script::kLatin);
}

namespace {

// Whether one of `forms` occurs in s: one search per form, what a form set must agree with.
bool contains_any(std::string_view s, const std::vector<std::string>& forms) {
  return std::any_of(forms.begin(), forms.end(),
                     [s](const std::string& f) { return s.find(f) != std::string_view::npos; });
}

}  // namespace

TEST_CASE("a form set finds what contains_any finds, whole words where asked", "[text]") {
  const std::vector<std::string> forms{"less than", "lack", "缺乏", "x", "no"};
  const argmap::FormSet set(forms);
  for (const char* s : {"It costs less than that.", "The plan lacks funding.", "计划缺乏资金。",
                        "a blacksmith", "x", "nothing", "", "n", "缺"})
    CHECK(set.occurs_in(s) == contains_any(s, forms));
  CHECK(set.occurs_in("It costs less than that.", argmap::is_ascii_alpha));
  CHECK(set.occurs_in("box x", argmap::is_ascii_alpha));  // a one-byte form at the end
  CHECK_FALSE(set.occurs_in("The plan lacks funding.", argmap::is_ascii_alpha));
  CHECK_FALSE(set.occurs_in("nothing boxed", argmap::is_ascii_alpha));
  CHECK(argmap::FormSet({""}).occurs_in("anything"));  // an empty form is in every text
}
