// Helpers for the tests: run the pipeline on text held in the test, read corpus files.
#pragma once

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "argmap/analysis.h"

namespace argmap::testing {

inline const Lexicons& lexicons() {
  static const Lexicons lex = *builtin_lexicons();
  return lex;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string corpus(const std::string& name) {
  return std::string(ARGMAP_SOURCE_DIR) + "/corpus/" + name;
}

// Analyses in-memory texts (one or two inputs); fails the test on an error.
inline Result<Analysis> analyse_texts(const std::vector<std::string>& texts,
                                      SplitOptions split = {}) {
  std::vector<Input> inputs;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    Result<Input> in = make_input("input" + std::to_string(i + 1), texts[i]);
    if (!in) return in.error();
    inputs.push_back(std::move(*in));
  }
  AnalyseOptions options;
  options.split = split;
  return analyse(std::move(inputs), options, lexicons());
}

// The analysis of a text holding one language only; fails the test on an error.
inline VersionAnalysis version_of(const std::string& text, Lang lang) {
  SplitOptions o;
  o.only = lang;
  auto a = analyse_texts({text}, o);
  REQUIRE(a.ok());
  return *a.value().find(lang);
}

inline std::vector<std::string> unit_texts(const VersionAnalysis& v) {
  std::vector<std::string> out;
  for (const Unit& u : v.units) out.push_back(u.text);
  return out;
}

// The corpus essays with a hand-checked gold alignment in corpus/gold/<gold>.align.tsv.
struct Essay {
  std::string gold;
  std::vector<std::string> files;
  Lang source = Lang::kZh;  // the original
};

// One line of corpus/essays.tsv: export name, gold name, input files (space-separated).
inline std::vector<std::string> tab_fields(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
    fields.push_back(line.substr(start, tab - start));
  fields.push_back(line.substr(start));
  return fields;
}

// corpus/essays.tsv, the one list of corpus essays that every test reads.
inline std::vector<Essay> read_essays() {
  std::vector<Essay> out;
  std::istringstream in(read_file(corpus("essays.tsv")));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> fields = tab_fields(line);
    if (fields.size() != 3 && fields.size() != 4)
      throw std::runtime_error("corpus/essays.tsv: bad line: " + line);
    Essay e{fields[1], {}, fields.size() == 4 && fields[3] == "en" ? Lang::kEn : Lang::kZh};
    std::istringstream files(fields[2]);
    for (std::string f; files >> f;) e.files.push_back(f);
    out.push_back(std::move(e));
  }
  return out;
}

inline const std::vector<Essay> kEssays = read_essays();

inline std::vector<std::string> split(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find(sep, start);
    if (end == std::string::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + sep.size();
  }
  return out;
}

// Gold links as unit texts: each line `zh ¦ zh<TAB>en ¦ en`, `#` lines skipped.
using TextLink = std::pair<std::vector<std::string>, std::vector<std::string>>;
inline std::vector<TextLink> gold_links(const std::string& name) {
  std::vector<TextLink> out;
  for (const std::string& line : split(read_file(corpus("gold/" + name + ".align.tsv")), "\n")) {
    if (line.rfind("#", 0) == 0) continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    out.emplace_back(split(line.substr(0, tab), " ¦ "), split(line.substr(tab + 1), " ¦ "));
  }
  return out;
}

// Gold unit texts of one language, in order.
inline std::vector<std::string> gold_units(const std::string& name, Lang lang) {
  std::vector<std::string> out;
  for (const TextLink& link : gold_links(name)) {
    const auto& side = lang == Lang::kZh ? link.first : link.second;
    out.insert(out.end(), side.begin(), side.end());
  }
  return out;
}

}  // namespace argmap::testing
