// Test helper for the export writers: the seed essay analysed, aligned and checked once, as
// `argmap export` sees it (without the dictionary, so it does not depend on the build tree).
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

inline const Analysis& seed_analysis() {
  static const Analysis a = analysed({read_file(corpus("scaling-compute-agi.zh-en.txt"))});
  return a;
}

}  // namespace argmap::testing
