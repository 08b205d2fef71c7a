#include "argmap/key_terms.h"

#include <algorithm>
#include <set>
#include <string_view>

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

// Those of `keys` that occur in text starting and ending on word boundaries. The text is only
// broken into words when some key occurs in it at all.
std::set<std::string> key_ngrams(const std::string& text, const std::set<std::string>& keys) {
  const auto is_key = [&keys, &text](std::size_t start, std::size_t end) {
    return keys.count(text.substr(start, end - start)) > 0;
  };
  if (han_substrings(text, is_key).empty()) return {};
  std::set<std::size_t> bounds;
  for (const Token& t : word_tokens(text, Lang::kZh)) bounds.insert(t.start), bounds.insert(t.end);
  return han_substrings(text, [&](std::size_t start, std::size_t end) {
    return bounds.count(start) && bounds.count(end) && is_key(start, end);
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
  const std::set<std::string> keys = heading_substrings(v);
  KeyTerms out;
  out.terms.assign(keys.begin(), keys.end());
  if (keys.empty()) return out;  // no title or heading: no key term
  const std::vector<std::string>& stopwords = lexicon.stopwords;
  for (std::size_t u = 0; u < v.units.size(); ++u) {
    for (const std::string& g : key_ngrams(v.units[u].text, keys)) {
      if (std::binary_search(stopwords.begin(), stopwords.end(), g)) continue;
      const auto at = std::lower_bound(out.terms.begin(), out.terms.end(), g);
      out.uses.push_back(
          {static_cast<std::uint32_t>(u), static_cast<std::uint32_t>(at - out.terms.begin())});
    }
  }
  return out;
}

}  // namespace argmap
