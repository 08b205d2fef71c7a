// Negated words: the negation a unit carries besides its clausal cues — words negated by a
// prefix or suffix (unsupported, non-subjective, painless) and the lexicon's implicit forms.
#pragma once

#include <string_view>

#include "argmap/lexicon.h"

namespace argmap {

// Both read text with its ASCII letters already lowercased (lower_ascii), as the features
// stage has it once for all of them.

// Words of text (letters and hyphens) negated by one of the lexicon's prefixes (with a hyphen
// after it, or on a word with a negated ending) or suffixes (unless the word is excepted).
int count_negated_words(std::string_view text, const Lexicon& lexicon);

// Whether text holds one of the lexicon's implicit negations (less than, lack; 避免, 缺乏):
// as whole words where the language spaces them.
bool has_implicit_negation(std::string_view text, const Lexicon& lexicon);

}  // namespace argmap
