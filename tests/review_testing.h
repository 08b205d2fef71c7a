// Helpers for the review tests: run the whole pipeline with checks (dictionary as `make`
// installs it, optional glossary) and describe findings by code, severity and units.
#pragma once

#include <algorithm>
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
    auto r = Dictionary::open(ARGMAP_TEST_DICT, lexicons().en.glosses, lexicons().en.stem_rules);
    REQUIRE(r.ok());
    return std::move(r.value());
  }();
  return d;
}

// Named texts (one bilingual input or one per language) through every stage, checks included.
inline Analysis review(const std::vector<std::pair<std::string, std::string>>& texts,
                       const Glossary* glossary = nullptr, Lang source = Lang::kZh,
                       unsigned threads = 1) {
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
  o.threads = threads;
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

// The review of two texts, one unit a line (--units lines, as TMX-style segments).
inline Analysis review_lines(const std::string& zh, const std::string& en) {
  std::vector<Input> inputs;
  for (const auto& [name, text] : {std::pair{"pair.zh.txt", zh}, {"pair.en.txt", en}}) {
    auto in = make_input(name, text);
    REQUIRE(in.ok());
    inputs.push_back(std::move(*in));
  }
  AnalyseOptions o;
  o.split.units = UnitMode::kLines;
  o.align = o.check = true;
  o.resources.dictionary = &test_dictionary();
  auto a = analyse(std::move(inputs), o, lexicons());
  REQUIRE(a.ok());
  return std::move(*a);
}

// Codes of the findings on the sentence pair (zh, en): the warnings and errors, or (info) the
// notes; with_case: "code/case".
inline std::vector<std::string> pair_findings(const std::string& zh, const std::string& en,
                                              bool info, bool with_case) {
  std::vector<std::string> out;
  for (const Finding& f : review_lines(zh + "\n", en + "\n").findings) {
    if ((f.severity == Severity::kInfo) != info) continue;
    out.push_back(with_case && !f.case_name.empty() ? f.code + "/" + f.case_name : f.code);
  }
  return out;
}

inline std::vector<std::string> flagged(const std::string& zh, const std::string& en,
                                        bool with_case = false) {
  return pair_findings(zh, en, false, with_case);
}

inline std::vector<std::string> noted(const std::string& zh, const std::string& en) {
  return pair_findings(zh, en, true, true);
}

inline bool has(const std::vector<std::string>& codes, const std::string& code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

// Whether a rule is to flag a sentence pair: a table of pairs reads as the reviewer's cases.
enum Expect { kClean, kFound };
struct PairCase {
  std::string zh, en;
  Expect expect;
};

// Each pair flagged by `code` (a warning or error) exactly when the case says so.
inline void check_pairs(const std::string& code, const std::vector<PairCase>& cases) {
  for (const PairCase& c : cases) {
    INFO(c.zh << " | " << c.en);
    CHECK(has(flagged(c.zh, c.en), code) == (c.expect == kFound));
  }
}

// The findings of one rule in a review.
inline std::vector<Finding> findings_of(const Analysis& a, const std::string& code) {
  std::vector<Finding> out;
  for (const Finding& f : a.findings) {
    if (f.code == code) out.push_back(f);
  }
  return out;
}

// The review of a Chinese and an English document (Markdown or plain text, units found as
// argmap finds them), with an optional glossary.
inline Analysis review_documents(const std::string& zh, const std::string& en,
                                 const Glossary* glossary = nullptr) {
  return review({{"doc.zh.md", zh}, {"doc.en.md", en}}, glossary);
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
