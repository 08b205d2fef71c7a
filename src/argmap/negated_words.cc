#include "argmap/negated_words.h"

#include <algorithm>
#include <string>

#include "argmap/text.h"

namespace argmap {
namespace {

bool in_negated_word(char c) { return is_ascii_alpha(c) || c == '-'; }

// "non-subjective", or a prefix on an adjective-like word ("unsupported", "unaddressed").
bool prefix_negated(std::string_view word, const Lexicon& lexicon) {
  for (std::string p : lexicon.negation_prefixes) {
    if (!p.empty() && p.back() == '-') p.pop_back();
    if (p.empty() || word.size() < p.size() + lexicon.negation_prefix_min_rest ||
        !word.starts_with(p))
      continue;
    if (word[p.size()] == '-' || ending_of(word, lexicon.negated_word_endings)) return true;
  }
  return false;
}

// "painless", "endless": a negating suffix on a word the lexicon does not except (unless).
bool suffix_negated(std::string_view word, const Lexicon& lexicon) {
  const auto negates = [&](const std::string& s) {
    return word.size() >= s.size() + lexicon.negation_suffix_min_rest && word.ends_with(s);
  };
  const auto& except = lexicon.non_negation;
  return std::any_of(lexicon.negation_suffixes.begin(), lexicon.negation_suffixes.end(), negates) &&
         std::find(except.begin(), except.end(), word) == except.end();
}

}  // namespace

int count_negated_words(std::string_view text, const Lexicon& lexicon) {
  if (lexicon.negation_prefixes.empty() && lexicon.negation_suffixes.empty()) return 0;
  const std::string_view lower = text;
  int n = 0;
  for (std::string_view word : ascii_words(lower, in_negated_word))
    n += prefix_negated(word, lexicon) || suffix_negated(word, lexicon) ? 1 : 0;
  return n;
}

bool has_implicit_negation(std::string_view text, const Lexicon& lexicon) {
  const std::string_view lower = text;
  const bool spaced = lexicon.lang == Lang::kEn;
  for (const std::string& form : lexicon.implicit_negation) {
    for (std::size_t at = lower.find(form); at != std::string_view::npos;
         at = lower.find(form, at + 1)) {
      if (!spaced || is_whole_word(lower, at, at + form.size(), is_ascii_alpha)) return true;
    }
  }
  return false;
}

}  // namespace argmap
