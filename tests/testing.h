// Helpers for the tests: run the pipeline on text held in the test, read corpus files.
#pragma once

#include <fstream>
#include <sstream>
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
  return analyse(std::move(inputs), AnalyseOptions{split}, lexicons());
}

inline std::vector<std::string> unit_texts(const VersionAnalysis& v) {
  std::vector<std::string> out;
  for (const Unit& u : v.units) out.push_back(u.text);
  return out;
}

}  // namespace argmap::testing
