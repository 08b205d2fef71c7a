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

// Han substrings of 2 to 4 characters that start and end on ICU word boundaries: 算力 (two
// one-character words) is a candidate term, 为什 (inside 为什么) is not.
std::set<std::string> han_ngrams(const std::string& text) {
  std::set<std::size_t> bounds;
  for (const Token& t : word_tokens(text, Lang::kZh)) bounds.insert(t.start), bounds.insert(t.end);
  return han_substrings(text, [&bounds](std::size_t start, std::size_t end) {
    return bounds.count(start) && bounds.count(end);
  });
}

std::set<std::string> content_stems(const std::string& text, const Lexicon& en) {
  const std::vector<std::string>& stopwords = en.stopwords;
  std::set<std::string> out;
  for (std::string_view w : ascii_words(text, is_ascii_alpha)) {
    const std::string word = lower_ascii(w);
    if (word.size() >= 4 && std::find(stopwords.begin(), stopwords.end(), word) == stopwords.end())
      out.insert(english_stem(word, en.stem_rules));
  }
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
  std::vector<std::set<std::string>> stems;               // per two-sided link
  std::map<std::string, std::vector<std::size_t>> where;  // Chinese term → links it occurs in
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
  for (std::size_t i = 0; i < links.size(); ++i) {
    s.stems.push_back(content_stems(en_text(in, *links[i]), in.lexicons.en));
    for (const std::string& g : han_ngrams(zh_text(in, *links[i]))) {
      if (keys.count(g) && std::find(zh_stop.begin(), zh_stop.end(), g) == zh_stop.end())
        s.where[g].push_back(i);
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

// The English stem that renders `term`: in at least 60% of its links, rare elsewhere.
std::string usual_rendering(const TermStats& s, const std::vector<std::size_t>& links,
                            std::size_t& hits) {
  std::map<std::string, std::size_t> counts;
  for (std::size_t l : links) {
    for (const std::string& w : s.stems[l]) ++counts[w];
  }
  std::string best;
  hits = 0;
  for (const auto& [w, c] : counts) {
    if (c > hits) best = w, hits = c;
  }
  if (hits < 3 || hits * 10 < links.size() * 6 || hits == links.size()) return "";
  std::size_t elsewhere = 0;
  for (std::size_t l = 0; l < s.stems.size(); ++l) elsewhere += s.stems[l].count(best);
  elsewhere -= hits;
  const std::size_t others = s.stems.size() - links.size();
  return elsewhere * 4 <= others ? best : "";
}

// The units of `links` that lack `usual` all share another stem that no unit with `usual`
// has (城市: "urban" twice): a second rendering used on purpose, not a slip.
bool second_rendering(const TermStats& s, const std::vector<std::size_t>& links,
                      const std::string& usual) {
  std::vector<std::size_t> without, with;
  for (std::size_t l : links) (s.stems[l].count(usual) ? with : without).push_back(l);
  if (without.size() < 2) return false;
  for (const std::string& w : s.stems[without.front()]) {
    const auto has = [&s, &w](std::size_t l) { return s.stems[l].count(w) > 0; };
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
    const std::string usual = usual_rendering(s, where, hits);
    if (usual.empty() || (where.size() - hits) * 3 > where.size()) continue;
    if (second_rendering(s, where, usual)) continue;
    Finding f{"term-consistency", Severity::kInfo, "", {}, {}};
    for (std::size_t l : where) {
      if (s.stems[l].count(usual)) continue;
      f.zh.insert(f.zh.end(), links[l]->zh.begin(), links[l]->zh.end());
      f.en.insert(f.en.end(), links[l]->en.begin(), links[l]->en.end());
    }
    f.message = term + " is usually rendered “" + usual + "…” (" + std::to_string(hits) + " of " +
                std::to_string(where.size()) + " aligned units) but not in " +
                std::to_string(where.size() - hits) +
                (where.size() - hits == 1 ? " unit" : " units");
    out.push_back(std::move(f));
  }
}

}  // namespace argmap::checks
