#include "argmap/key_terms.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_set>

#include "argmap/segmentation.h"
#include "argmap/text.h"

namespace argmap {
namespace {

// Every Han substring of text, 2 to 4 characters long, whose byte span [start, end) `keep`
// accepts.
template <class Keep>
std::set<std::string> han_substrings(const std::string& text, const Keep& keep) {
  std::set<std::string> out;
  std::vector<std::size_t> run;  // byte offsets of the run's characters, then its end
  auto flush = [&](std::size_t end) {
    run.push_back(end);
    for (std::size_t a = 0; a + 1 < run.size(); ++a) {
      for (std::size_t n = 2; n <= 4 && a + n < run.size(); ++n) {
        if (keep(run[a], run[a + n])) out.insert(text.substr(run[a], run[a + n] - run[a]));
      }
    }
    run.clear();
  };
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t next = i;
    if (script_of(decode_utf8(text, next)) == Script::kHan) {
      run.push_back(i);
    } else if (!run.empty()) {
      flush(i);
    }
    i = next;
  }
  if (!run.empty()) flush(text.size());
  return out;
}

// Every run of 2 to 4 Han characters inside the title and headings: the only strings that can
// be key terms.
std::set<std::string> heading_substrings(const VersionAnalysis& v) {
  std::set<std::string> out;
  for (const Unit& u : v.units) {
    if (u.kind != UnitKind::kTitle && u.kind != UnitKind::kHeading) continue;
    out.merge(han_substrings(u.text, [](std::size_t, std::size_t) { return true; }));
  }
  return out;
}

// Where unit u's words start and end, ascending: the words the features stage kept, else
// ICU's now.
std::vector<std::size_t> word_bounds(const VersionAnalysis& v, std::size_t u) {
  std::vector<std::size_t> out;
  if (!v.words.holds(v.units.size())) {
    for (const Token& t : word_tokens(v.units[u].text, Lang::kZh))
      out.push_back(t.start), out.push_back(t.end);
    return out;
  }
  for (const UnitWords::Span& s : v.words.of(u)) out.push_back(s.start), out.push_back(s.end);
  return out;
}

// Those of `keys` that occur in unit u's text starting and ending on word boundaries. The
// words are only read when some key occurs in the text at all.
std::set<std::string> key_ngrams(const VersionAnalysis& v, std::size_t u,
                                 const std::unordered_set<std::string_view>& keys) {
  const std::string_view text = v.units[u].text;
  const auto is_key = [&keys, text](std::size_t start, std::size_t end) {
    return keys.contains(text.substr(start, end - start));
  };
  if (han_substrings(v.units[u].text, is_key).empty()) return {};
  const std::vector<std::size_t> bounds = word_bounds(v, u);
  const auto bound = [&bounds](std::size_t at) {
    return std::binary_search(bounds.begin(), bounds.end(), at);
  };
  return han_substrings(v.units[u].text, [&](std::size_t start, std::size_t end) {
    return bound(start) && bound(end) && is_key(start, end);
  });
}

}  // namespace

std::span<const KeyTerms::Use> KeyTerms::of(std::size_t unit) const {
  const auto by_unit = [](const Use& a, const Use& b) { return a.unit < b.unit; };
  const Use probe{static_cast<std::uint32_t>(unit), 0};
  const auto [first, last] = std::equal_range(uses.begin(), uses.end(), probe, by_unit);
  return {first, last};
}

KeyTerms key_terms(const VersionAnalysis& v, const Lexicon& lexicon) {
  const std::set<std::string> headings = heading_substrings(v);
  KeyTerms out;
  out.terms.assign(headings.begin(), headings.end());
  if (out.terms.empty()) return out;  // no title or heading: no key term
  const std::unordered_set<std::string_view> keys(out.terms.begin(), out.terms.end());
  const std::vector<std::string>& stopwords = lexicon.stopwords;
  for (std::size_t u = 0; u < v.units.size(); ++u) {
    for (const std::string& g : key_ngrams(v, u, keys)) {
      if (std::binary_search(stopwords.begin(), stopwords.end(), g)) continue;
      const auto at = std::lower_bound(out.terms.begin(), out.terms.end(), g);
      out.uses.push_back(
          {static_cast<std::uint32_t>(u), static_cast<std::uint32_t>(at - out.terms.begin())});
    }
  }
  return out;
}

}  // namespace argmap
