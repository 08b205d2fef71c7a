// Check input: what every review rule reads — both versions (with their unit -> link index),
// their alignment, the glossary and lexicons — and the quoting helpers the rules' messages share.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "argmap/alignment.h"
#include "argmap/finding.h"
#include "argmap/glossary.h"
#include "argmap/key_terms.h"
#include "argmap/lexicon.h"
#include "argmap/text.h"
#include "argmap/version_analysis.h"

namespace argmap {

// What every check reads: both versions, their alignment, and the user's glossary.
struct CheckInput {
  CheckInput(const VersionAnalysis& zh_version, const VersionAnalysis& en_version,
             const Alignment& links, const Glossary* terms, const Lexicons& lexicon_pair);
  const VersionAnalysis& zh;
  const VersionAnalysis& en;
  const Alignment& alignment;
  const Glossary* glossary;  // may be null
  const Lexicons& lexicons;
  KeyTerms key_terms;                         // of the Chinese version (key_terms())
  ByLang<std::vector<ScriptCounts>> scripts;  // per unit of each version, counted once
  Lang source = Lang::kZh;  // the original (--source): omission and addition are named from it

  const VersionAnalysis& version(Lang lang) const { return side(*this, lang); }
  // The index into alignment.links of the link holding `lang`'s unit, and that link.
  std::size_t link_of(Lang lang, std::size_t unit) const { return version(lang).index.link[unit]; }
  const Link& link(Lang lang, std::size_t unit) const {
    return alignment.links[link_of(lang, unit)];
  }
  // Links with units on both sides.
  std::vector<const Link*> two_sided() const;
};

// Shared by the rules: short quotes of unit text for messages.
std::string quote(const std::string& text, std::size_t max_code_points = 24);
std::string join_texts(const VersionAnalysis& v, const std::vector<std::size_t>& units);

}  // namespace argmap
