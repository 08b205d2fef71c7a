// Key terms: the Han strings of two to four characters that a version's title and headings
// name, and, per unit, those it holds on word boundaries (ICU's words), stopwords aside.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "argmap/lexicon.h"
#include "argmap/version_analysis.h"

namespace argmap {

// 算力 in a title is a key term of every unit that holds it as words (算 力, or 算力); 为什
// inside 为什么 is not.
struct KeyTerms {
  struct Use {
    std::uint32_t unit = 0, term = 0;  // term: index into terms
  };
  std::vector<std::string> terms;  // sorted, distinct
  std::vector<Use> uses;           // by unit, then term; only units that hold one

  // The terms unit u holds, sorted by index.
  std::span<const Use> of(std::size_t unit) const;
};

KeyTerms key_terms(const VersionAnalysis& v, const Lexicon& lexicon);

}  // namespace argmap
