// Terminology: glossary terms rendered by one of their translations, consistently; and, without
// a glossary, key terms (named in the title or a heading) whose usual rendering is missing.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "argmap/checks/rules.h"
#include "argmap/dictionary.h"
#include "argmap/segmentation.h"
#include "argmap/text.h"

namespace argmap::checks {
namespace {

std::string zh_text(const CheckInput& in, const Link& l) { return join_texts(in.zh, l.zh); }
std::string en_text(const CheckInput& in, const Link& l) { return join_texts(in.en, l.en); }

// The translation of `term` that `english` uses, or "".
std::string used_translation(const std::string& english, const GlossaryTerm& term) {
  for (const std::string& t : term.en) {
    if (contains_translation(english, GlossaryTerm{term.zh, {t}, term.line})) return t;
  }
  return "";
}

std::string alternatives(const GlossaryTerm& term) {
  std::string s;
  for (std::size_t i = 0; i < term.en.size(); ++i) s += (i ? " or “" : "“") + term.en[i] + "”";
  return s;
}

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

// Those of `keys` that occur in text as Han substrings of 2 to 4 characters starting and ending
// on ICU word boundaries: 算力 (two one-character words) is a candidate term, 为什 (inside 为什么)
// is not. The text is only broken into words when some key occurs in it at all.
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

// Stems as ids into one table, so that each link holds a sorted vector of ints.
struct StemTable {
  std::map<std::string, int> ids;
  std::vector<std::string_view> names;  // into ids' keys, which stay where they are
  int id(std::string stem) {
    const auto [it, added] = ids.try_emplace(std::move(stem), static_cast<int>(names.size()));
    if (added) names.push_back(it->first);
    return it->second;
  }
};

std::vector<int> content_stems(const std::string& text, const Lexicon& en, StemTable& table) {
  const std::vector<std::string>& stopwords = en.stopwords;
  std::vector<int> out;
  for (std::string_view w : ascii_words(text, is_ascii_alpha)) {
    const std::string word = lower_ascii(w);
    if (word.size() >= en.term_min_letters &&
        std::find(stopwords.begin(), stopwords.end(), word) == stopwords.end())
      out.push_back(table.id(english_stem(word, en.stem_rules)));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  out.shrink_to_fit();
  return out;
}

}  // namespace

void glossary_terms(const CheckInput& in, std::vector<Finding>& out) {
  if (!in.glossary) return;
  for (const GlossaryTerm& term : in.glossary->terms) {
    std::map<std::string, std::vector<const Link*>> used;
    for (const Link* l : in.two_sided()) {
      if (zh_text(in, *l).find(term.zh) == std::string::npos) continue;
      const std::string t = used_translation(en_text(in, *l), term);
      if (t.empty()) {
        Finding f{"terminology", Severity::kWarning, "", l->zh, l->en};
        f.message = "glossary term " + term.zh + " is not rendered as " + alternatives(term);
        out.push_back(std::move(f));
      } else {
        used[t].push_back(l);
      }
    }
    if (used.size() < 2) continue;
    Finding f{"terminology",
              Severity::kWarning,
              "glossary term " + term.zh + " is translated several ways:",
              {},
              {}};
    for (const auto& [t, links] : used) {
      f.message += " “" + t + "” (" + std::to_string(links.size()) + ")";
      for (const Link* l : links) f.zh.insert(f.zh.end(), l->zh.begin(), l->zh.end());
      for (const Link* l : links) f.en.insert(f.en.end(), l->en.begin(), l->en.end());
    }
    out.push_back(std::move(f));
  }
}

namespace {

struct TermStats {
  StemTable table;
  std::vector<std::vector<int>> stems;                    // per two-sided link: sorted stem ids
  std::map<std::string, std::vector<std::size_t>> where;  // Chinese term → links it occurs in
  bool has(std::size_t link, int stem) const {
    return std::binary_search(stems[link].begin(), stems[link].end(), stem);
  }
};

// Every run of 2 to 4 Han characters inside the Chinese title and headings: the only strings
// that can be key terms, so that only they are counted over the links.
std::set<std::string> heading_substrings(const CheckInput& in) {
  std::set<std::string> out;
  for (const Unit& u : in.zh.units) {
    if (u.kind != UnitKind::kTitle && u.kind != UnitKind::kHeading) continue;
    out.merge(han_substrings(u.text, [](std::size_t, std::size_t) { return true; }));
  }
  return out;
}

TermStats term_stats(const CheckInput& in, const std::vector<const Link*>& links) {
  TermStats s;
  const auto& zh_stop = in.lexicons.zh.stopwords;
  const std::set<std::string> keys = heading_substrings(in);
  if (keys.empty()) return s;  // no title or heading: no key term
  s.stems.reserve(links.size());
  for (std::size_t i = 0; i < links.size(); ++i) {
    s.stems.push_back(content_stems(en_text(in, *links[i]), in.lexicons.en, s.table));
    for (const std::string& g : key_ngrams(zh_text(in, *links[i]), keys)) {
      if (std::find(zh_stop.begin(), zh_stop.end(), g) == zh_stop.end()) s.where[g].push_back(i);
    }
  }
  return s;
}

// A shorter term whose links are exactly those of a longer one adds nothing.
bool subsumed(const TermStats& s, const std::string& term,
              const std::vector<std::string>& candidates) {
  return std::any_of(candidates.begin(), candidates.end(), [&](const std::string& longer) {
    return longer.size() > term.size() && longer.find(term) != std::string::npos &&
           s.where.at(longer) == s.where.at(term);
  });
}

// The stem most of `links` share (ties: the first in alphabetical order), or -1.
int commonest_stem(const TermStats& s, const std::vector<std::size_t>& links, std::size_t& hits) {
  std::map<int, std::size_t> counts;
  for (std::size_t l : links) {
    for (int w : s.stems[l]) ++counts[w];
  }
  int best = -1;
  hits = 0;
  for (const auto& [w, c] : counts) {
    if (c > hits || (c == hits && s.table.names[w] < s.table.names[best])) best = w, hits = c;
  }
  return best;
}

// The English stem that renders `term`: in at least 60% of its links, rare elsewhere; or -1.
int usual_rendering(const TermStats& s, const std::vector<std::size_t>& links, std::size_t& hits) {
  const int best = commonest_stem(s, links, hits);
  if (hits < 3 || hits * 10 < links.size() * 6 || hits == links.size()) return -1;
  std::size_t elsewhere = 0;
  for (std::size_t l = 0; l < s.stems.size(); ++l) elsewhere += s.has(l, best);
  elsewhere -= hits;
  const std::size_t others = s.stems.size() - links.size();
  return elsewhere * 4 <= others ? best : -1;
}

// The units of `links` that lack `usual` all share another stem that no unit with `usual`
// has (城市: "urban" twice): a second rendering used on purpose, not a slip.
bool second_rendering(const TermStats& s, const std::vector<std::size_t>& links, int usual) {
  std::vector<std::size_t> without, with;
  for (std::size_t l : links) (s.has(l, usual) ? with : without).push_back(l);
  if (without.size() < 2) return false;
  for (int w : s.stems[without.front()]) {
    const auto has = [&s, w](std::size_t l) { return s.has(l, w); };
    if (std::all_of(without.begin(), without.end(), has) &&
        std::none_of(with.begin(), with.end(), has))
      return true;
  }
  return false;
}

}  // namespace

void term_consistency(const CheckInput& in, std::vector<Finding>& out) {
  const std::vector<const Link*> links = in.two_sided();
  const TermStats s = term_stats(in, links);
  // Key terms only: those the Chinese title or a heading names (term_stats counts no other).
  std::vector<std::string> candidates;
  for (const auto& [term, where] : s.where) {
    const auto& breakers = in.lexicons.zh.term_breakers;
    const bool broken =
        std::any_of(breakers.begin(), breakers.end(),
                    [&t = term](const std::string& b) { return t.find(b) != std::string::npos; });
    if (where.size() >= 3 && !broken) candidates.push_back(term);
  }
  // The 200 most frequent terms at most: bounds the pairwise subsumption test on long input.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [&s](const std::string& a, const std::string& b) {
                     return s.where.at(a).size() > s.where.at(b).size();
                   });
  if (candidates.size() > 200) candidates.resize(200);
  for (const std::string& term : candidates) {
    if (subsumed(s, term, candidates)) continue;
    const std::vector<std::size_t>& where = s.where.at(term);
    std::size_t hits = 0;
    const int usual = usual_rendering(s, where, hits);
    if (usual < 0 || (where.size() - hits) * 3 > where.size()) continue;
    if (second_rendering(s, where, usual)) continue;
    Finding f{"term-consistency", Severity::kInfo, "", {}, {}};
    for (std::size_t l : where) {
      if (s.has(l, usual)) continue;
      f.zh.insert(f.zh.end(), links[l]->zh.begin(), links[l]->zh.end());
      f.en.insert(f.en.end(), links[l]->en.begin(), links[l]->en.end());
    }
    f.message = term + " is usually rendered “" + std::string(s.table.names[usual]) + "…” (" +
                std::to_string(hits) + " of " + std::to_string(where.size()) +
                " aligned units) but not in " + std::to_string(where.size() - hits) +
                (where.size() - hits == 1 ? " unit" : " units");
    out.push_back(std::move(f));
  }
}

}  // namespace argmap::checks
