// Negated words: the negation a unit carries besides its clausal cues — words negated by a
// prefix or suffix (unsupported, non-subjective, painless) and the lexicon's implicit forms.
#pragma once

#include <bitset>
#include <string_view>
#include <vector>

#include "argmap/lexicon.h"
#include "argmap/text.h"

namespace argmap {

// Both read text with its ASCII letters already lowercased (lower_ascii), as the features
// stage has it once for all of them.

// Words of text (letters and hyphens) negated by one of the lexicon's prefixes (with a hyphen
// after it, or on a word with a negated ending) or suffixes (unless the word is excepted).
int count_negated_words(std::string_view text, const Lexicon& lexicon);

// Whether text holds one of the lexicon's implicit negations (less than, lack; 避免, 缺乏):
// as whole words where the language spaces them.
bool has_implicit_negation(std::string_view text, const Lexicon& lexicon);

// Both, with the lexicon's affixes and implicit forms prepared once for the units of a version.
class NegatedWords {
 public:
  explicit NegatedWords(const Lexicon& lexicon);
  int count(std::string_view lower) const;      // count_negated_words
  bool implicit(std::string_view lower) const;  // has_implicit_negation

 private:
  bool prefix_negated(std::string_view word) const;
  bool suffix_negated(std::string_view word) const;
  const Lexicon& lexicon_;
  std::vector<std::string_view> prefixes_;  // without a trailing hyphen; none empty
  std::bitset<256> prefix_firsts_;          // the first bytes of prefixes_
  FormSet implicit_;
};

}  // namespace argmap
