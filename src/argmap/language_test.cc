// Per-language values: side() picks a Link's or a Finding's units by language, ByLang holds
// one value per language and is read and written by Lang.
#include "argmap/language.h"

#include <catch2/catch.hpp>

#include "argmap/alignment.h"
#include "argmap/finding.h"

using argmap::Lang;

TEST_CASE("side picks the member of the language asked for, for reading and writing",
          "[language]") {
  argmap::Link link{{3, 4}, {7}, 0.9};
  CHECK(argmap::side(link, Lang::kZh) == std::vector<std::size_t>{3, 4});
  CHECK(argmap::side(link, Lang::kEn) == std::vector<std::size_t>{7});
  argmap::Finding f{"omission", argmap::Severity::kError, "缺少一句", {}, {}};
  argmap::side(f, Lang::kEn) = {2};
  CHECK(f.zh.empty());
  CHECK(f.en == std::vector<std::size_t>{2});
}

TEST_CASE("ByLang keeps one value per language", "[language]") {
  argmap::ByLang<std::string> names;
  names[Lang::kZh] = "中文";
  names[argmap::other(Lang::kZh)] = "English";
  CHECK(names.zh == "中文");
  CHECK(names.en == "English");
  const argmap::ByLang<std::string>& read = names;
  CHECK(read[Lang::kEn] == "English");
}
