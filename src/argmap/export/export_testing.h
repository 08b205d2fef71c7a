// Test helpers for the export writers: essays analysed, aligned and checked as `argmap export`
// sees them (without the dictionary, so they do not depend on the build tree).
#pragma once

#include <catch2/catch.hpp>

#include "tests/testing.h"

namespace argmap::testing {

inline Analysis analysed(const std::vector<std::string>& texts) {
  std::vector<Input> inputs;
  for (std::size_t i = 0; i < texts.size(); ++i)
    inputs.push_back(*make_input("input" + std::to_string(i + 1), texts[i]));
  AnalyseOptions o;
  o.align = true;
  o.check = true;
  auto a = analyse(std::move(inputs), o, lexicons());
  REQUIRE(a.ok());
  REQUIRE(a.value().alignment.has_value());
  return std::move(a.value());
}

// A corpus essay analysed, aligned and checked, its inputs named by their corpus file names.
inline Analysis checked(const Essay& essay, unsigned threads = 1) {
  std::vector<Input> inputs;
  for (const std::string& f : essay.files) inputs.push_back(*make_input(f, read_file(corpus(f))));
  AnalyseOptions o;
  o.align = true;
  o.check = true;
  o.threads = threads;
  auto a = analyse(std::move(inputs), o, lexicons());
  REQUIRE(a.ok());
  return std::move(a.value());
}

// How often `what` occurs in `text` (overlapping occurrences count).
inline std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

inline const Analysis& seed_analysis() {
  static const Analysis a = analysed({read_file(corpus("scaling-compute-agi.zh-en.txt"))});
  return a;
}

}  // namespace argmap::testing
