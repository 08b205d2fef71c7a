// Build-time generator of src/argmap/han_tables.h's tables: every Han code point that ICU's
// Traditional-Simplified or Simplified-Traditional transform maps to one other code point, and
// the script class (other, Han, Latin) of every code point of the Basic Multilingual Plane.
// Creating those transforms at run time costs more than analysing a short essay, and asking
// ICU a character's script costs more than the rest of most scans; tables built once from the
// same ICU answer the same questions in a binary search or two array reads.
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>
#include <vector>

namespace {

using Pairs = std::vector<std::pair<UChar32, UChar32>>;

// c's image under the transform when that is one other code point.
Pairs differing(const char* id, const std::vector<UChar32>& han) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(
      icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
  Pairs out;
  if (U_FAILURE(status)) return out;
  for (UChar32 c : han) {
    icu::UnicodeString s(c);
    t->transliterate(s);
    if (s.countChar32() == 1 && s.char32At(0) != c) out.emplace_back(c, s.char32At(0));
  }
  return out;
}

void print(const char* name, const Pairs& pairs) {
  std::printf("const HanPair %s[] = {\n", name);
  for (const auto& [from, to] : pairs) std::printf("    {0x%X, 0x%X},\n", from, to);
  std::printf("};\n\n");
}

// The script class text.h's Script gives c: 0 other, 1 Han, 2 Latin.
int script_class(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode code = uscript_getScript(c, &status);
  if (U_FAILURE(status)) return 0;
  return code == USCRIPT_HAN ? 1 : code == USCRIPT_LATIN ? 2 : 0;
}

// The plane's classes as 256 blocks of 256, each block stored once however often it recurs.
void print_plane_scripts() {
  std::vector<std::vector<int>> blocks;
  std::vector<std::size_t> index;
  for (UChar32 high = 0; high < 0x100; ++high) {
    std::vector<int> block;
    for (UChar32 low = 0; low < 0x100; ++low) block.push_back(script_class(high << 8 | low));
    auto it = std::find(blocks.begin(), blocks.end(), block);
    index.push_back(static_cast<std::size_t>(it - blocks.begin()));
    if (it == blocks.end()) blocks.push_back(block);
  }
  std::printf("const std::uint8_t kScriptBlocks[][256] = {\n");
  for (const std::vector<int>& block : blocks) {
    std::printf("    {");
    for (int v : block) std::printf("%d,", v);
    std::printf("},\n");
  }
  std::printf("};\n\nconst std::uint8_t kScriptBlockOf[256] = {");
  for (std::size_t i : index) std::printf("%zu,", i);
  std::printf("};\n\n");
}

}  // namespace

int main() {
  std::vector<UChar32> han;
  for (UChar32 c = 0x80; c <= 0x10FFFF; ++c) {
    UErrorCode status = U_ZERO_ERROR;
    if (uscript_getScript(c, &status) == USCRIPT_HAN && U_SUCCESS(status)) han.push_back(c);
  }
  const Pairs to_hans = differing("Traditional-Simplified", han);
  const Pairs to_hant = differing("Simplified-Traditional", han);
  if (to_hans.empty() || to_hant.empty()) return 1;
  std::printf("// Generated at build time by src/gen/han_tables_gen.cc from ICU %s. Do not edit.\n",
              U_ICU_VERSION);
  std::printf("#include \"argmap/han_tables.h\"\n\nnamespace argmap {\nnamespace {\n\n");
  print("kToSimplified", to_hans);
  print("kToTraditional", to_hant);
  print_plane_scripts();
  std::printf("}  // namespace\n\n");
  std::printf("std::span<const HanPair> to_simplified_table() { return kToSimplified; }\n");
  std::printf("std::span<const HanPair> to_traditional_table() { return kToTraditional; }\n");
  std::printf("std::uint8_t plane_script_class(char32_t c) {\n");
  std::printf("  return kScriptBlocks[kScriptBlockOf[c >> 8 & 0xFF]][c & 0xFF];\n}\n\n");
  std::printf("}  // namespace argmap\n");
  return 0;
}
