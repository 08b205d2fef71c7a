// Glossary: the user's term list (--glossary FILE), one `中文术语<TAB>english|alternative` a
// line, `#` starting a comment. Terms anchor the alignment and are checked for consistency.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "argmap/error.h"

namespace argmap {

struct GlossaryTerm {
  std::string zh;               // Simplified (a Traditional term is read as its Simplified form)
  std::vector<std::string> en;  // accepted translations, lowercase
  std::size_t line = 0;
};

struct Glossary {
  std::vector<GlossaryTerm> terms;
};

// Errors (65) name the file and line:column of the malformed line.
Result<Glossary> parse_glossary(std::string_view text, const std::string& name);
Result<Glossary> read_glossary(const std::string& path);

// Whether English text contains an accepted translation (whole words, ignoring case).
bool contains_translation(std::string_view english, const GlossaryTerm& term);

}  // namespace argmap
