// Helpers for the review tests: run the whole pipeline with checks (dictionary as `make`
// installs it, optional glossary) and describe findings by code, severity and units.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "argmap/dictionary.h"
#include "argmap/export/json.h"
#include "argmap/glossary.h"
#include "argmap/ids.h"
#include "tests/testing.h"

namespace argmap::testing {

inline const Dictionary& test_dictionary() {
  static const Dictionary d = [] {
    REQUIRE(std::filesystem::exists(ARGMAP_TEST_DICT));  // installed by `make`
    auto r = Dictionary::open(ARGMAP_TEST_DICT);
    REQUIRE(r.ok());
    return std::move(r.value());
  }();
  return d;
}

// Named texts (one bilingual input or one per language) through every stage, checks included.
inline Analysis review(const std::vector<std::pair<std::string, std::string>>& texts,
                       const Glossary* glossary = nullptr, Lang source = Lang::kZh) {
  std::vector<Input> inputs;
  for (const auto& [name, text] : texts) {
    Result<Input> in = make_input(name, text);
    REQUIRE(in.ok());
    inputs.push_back(std::move(*in));
  }
  AnalyseOptions o;
  o.split.need_both = true;
  o.align = true;
  o.check = true;
  o.resources.dictionary = &test_dictionary();
  o.resources.glossary = glossary;
  o.source = source;
  Result<Analysis> a = analyse(std::move(inputs), o, lexicons());
  REQUIRE(a.ok());
  REQUIRE(a.value().checked);
  return std::move(a.value());
}

inline Analysis review_essay(const Essay& essay) {
  std::vector<std::pair<std::string, std::string>> texts;
  for (const std::string& f : essay.files) texts.emplace_back(f, read_file(corpus(f)));
  return review(texts, nullptr, essay.source);
}

inline std::string ids(Lang lang, const std::vector<std::size_t>& units) {
  std::string s;
  for (std::size_t u : units) s += (s.empty() ? "" : ",") + unit_id(lang, u);
  return s.empty() ? "-" : s;
}

// "polarity error zh:u12 en:u13": what a pinned list holds.
inline std::string describe(const Finding& f) {
  return f.code + " " + severity_name(f.severity) + " " + ids(Lang::kZh, f.zh) + " " +
         ids(Lang::kEn, f.en);
}

// The same finding by unit texts rather than ids, comparable across a defect that shifts ids.
inline std::string by_text(const Analysis& a, const Finding& f) {
  std::string s = f.code + " " + severity_name(f.severity);
  for (std::size_t u : f.zh) s += " | " + a.find(Lang::kZh)->units[u].text;
  s += " ||";
  for (std::size_t u : f.en) s += " | " + a.find(Lang::kEn)->units[u].text;
  return s;
}

}  // namespace argmap::testing
