// The structure-aware target: the fuzz bytes choose, piece by piece, a bilingual essay — a
// Chinese block and an English block under their version markers, built from headings, list
// markers, emphasis, quotes, Han and Latin runs, numbers and connectives — so that the deep
// stages (graph, alignment, checks, writers) see input that looks like an essay.
#include <array>
#include <string>
#include <string_view>

#include "tests/fuzz/targets.h"

namespace argmap::fuzz {

void writers_of_text(const std::string& text);  // targets.cc

namespace {

constexpr std::array<std::string_view, 32> kZh = {
    "# ",   "## ",      "一、",       "二、",   "结语\n", "- ",   "1. ",  "**",
    "*",    "《",       "》",         "“",      "”",      "，",   "。",   "？",
    "：\n", "\n\n",     "\n",         "但是",   "因此",   "虽然", "不",   "并非",
    "算力", "智能系统", "百分之三十", "2024年", "十年",   "两个", "没有", "AGI"};
constexpr std::array<std::string_view, 32> kEn = {
    "# ",       "## ",      "I. ",      "II. ",        "Conclusion\n", "- ",        "1. ",
    "**",       "*",        "\"",       "'",           ", ",           ". ",        "? ",
    ":\n",      "\n\n",     "\n",       "However",     "Therefore",    "Although",  "not ",
    "never ",   "compute ", "systems ", "30 percent ", "2024 ",        "a decade ", "both ",
    "without ", "AGI ",     "the ",     "is "};

std::string pieces(const std::uint8_t* data, std::size_t size, bool zh) {
  std::string out;
  for (std::size_t i = 0; i < size; ++i) {
    const std::uint8_t b = data[i];
    if (b >= 0xE0) {  // a literal byte now and then: stray input the tokens never make
      out += static_cast<char>(b & 0x7F);
      continue;
    }
    out += zh ? kZh[b % kZh.size()] : kEn[b % kEn.size()];
  }
  return out;
}

}  // namespace

void essay(const std::uint8_t* data, std::size_t size) {
  const std::size_t half = size / 2;
  const std::string text = "中文版\n\n" + pieces(data, half, true) + "\n\nEnglish Version\n\n" +
                           pieces(data + half, size - half, false) + "\n";
  writers_of_text(text);
}

}  // namespace argmap::fuzz
