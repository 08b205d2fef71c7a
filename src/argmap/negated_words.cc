#include "argmap/negated_words.h"

#include <algorithm>
#include <string>

#include "argmap/text.h"

namespace argmap {
namespace {

bool in_negated_word(char c) { return is_ascii_alpha(c) || c == '-'; }

}  // namespace

NegatedWords::NegatedWords(const Lexicon& lexicon)
    : lexicon_(lexicon), implicit_(lexicon.implicit_negation) {
  for (std::string_view p : lexicon.negation_prefixes) {
    if (!p.empty() && p.back() == '-') p.remove_suffix(1);
    if (p.empty()) continue;
    prefixes_.push_back(p);
    prefix_firsts_.set(static_cast<unsigned char>(p[0]));
  }
}

// "non-subjective", or a prefix on an adjective-like word ("unsupported", "unaddressed").
bool NegatedWords::prefix_negated(std::string_view word) const {
  if (!prefix_firsts_.test(static_cast<unsigned char>(word[0]))) return false;
  for (std::string_view p : prefixes_) {
    if (word.size() < p.size() + lexicon_.negation_prefix_min_rest || !word.starts_with(p))
      continue;
    if (word[p.size()] == '-' || ending_of(word, lexicon_.negated_word_endings)) return true;
  }
  return false;
}

// "painless", "endless": a negating suffix on a word the lexicon does not except (unless).
bool NegatedWords::suffix_negated(std::string_view word) const {
  const auto negates = [&](const std::string& s) {
    return word.size() >= s.size() + lexicon_.negation_suffix_min_rest && word.ends_with(s);
  };
  const auto& except = lexicon_.non_negation;
  const auto& suffixes = lexicon_.negation_suffixes;
  return std::any_of(suffixes.begin(), suffixes.end(), negates) &&
         std::find(except.begin(), except.end(), word) == except.end();
}

int NegatedWords::count(std::string_view lower) const {
  if (prefixes_.empty() && lexicon_.negation_suffixes.empty()) return 0;
  int n = 0;
  for (std::size_t i = 0; i < lower.size();) {
    if (!in_negated_word(lower[i])) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < lower.size() && in_negated_word(lower[i])) ++i;
    const std::string_view word = lower.substr(start, i - start);
    n += prefix_negated(word) || suffix_negated(word) ? 1 : 0;
  }
  return n;
}

bool NegatedWords::implicit(std::string_view lower) const {
  return implicit_.occurs_in(lower, lexicon_.lang == Lang::kEn ? is_ascii_alpha : nullptr);
}

int count_negated_words(std::string_view text, const Lexicon& lexicon) {
  return NegatedWords(lexicon).count(text);
}

bool has_implicit_negation(std::string_view text, const Lexicon& lexicon) {
  return NegatedWords(lexicon).implicit(text);
}

}  // namespace argmap
