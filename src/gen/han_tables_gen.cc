// Build-time generator of src/argmap/han_tables.h's tables: every Han code point that ICU's
// Traditional-Simplified or Simplified-Traditional transform maps to one other code point.
// Creating those transforms at run time costs more than analysing a short essay; a table
// built once from the same ICU answers the same questions in a binary search.
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

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
  std::printf("}  // namespace\n\n");
  std::printf("std::span<const HanPair> to_simplified_table() { return kToSimplified; }\n");
  std::printf("std::span<const HanPair> to_traditional_table() { return kToTraditional; }\n\n");
  std::printf("}  // namespace argmap\n");
  return 0;
}
