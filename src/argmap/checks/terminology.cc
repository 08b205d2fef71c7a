// Terminology: glossary terms rendered by one of their translations, consistently; and, without
// a glossary, key terms (named in the title or a heading) whose usual rendering is missing.
#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "argmap/anchors.h"
#include "argmap/checks/rules.h"
#include "argmap/key_terms.h"
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

// The stems of the English content words of units that a term could be rendered by (the
// lexicon's term_min_letters or more, letters only), sorted and distinct.
std::vector<int> term_stems(const CheckInput& in, const std::vector<std::size_t>& units) {
  std::vector<int> out;
  for (std::size_t u : units) {
    const EnglishWords& words = in.alignment.anchors.words;
    for (int id : in.alignment.anchors.en[u].words) {
      const auto w = static_cast<std::size_t>(id);
      const std::string& word = words.names[w];
      if (words.content[w] && word.size() >= in.lexicons.en.term_min_letters &&
          std::all_of(word.begin(), word.end(), is_ascii_alpha))
        out.push_back(words.stems[w]);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  out.shrink_to_fit();
  return out;
}

// The key terms (indexes into in.key_terms.terms) the Chinese units hold, sorted and distinct.
std::vector<std::uint32_t> link_terms(const CheckInput& in, const std::vector<std::size_t>& units) {
  std::vector<std::uint32_t> out;
  for (std::size_t u : units) {
    for (const KeyTerms::Use& use : in.key_terms.of(u)) out.push_back(use.term);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
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
  const std::vector<std::string>* names = nullptr;        // stem names by id
  std::vector<std::vector<int>> stems;                    // per two-sided link: sorted stem ids
  std::map<std::string, std::vector<std::size_t>> where;  // Chinese term → links it occurs in
  bool has(std::size_t link, int stem) const {
    return std::binary_search(stems[link].begin(), stems[link].end(), stem);
  }
  const std::string& name(int stem) const { return (*names)[static_cast<std::size_t>(stem)]; }
};

// Key terms only: those the Chinese title or a heading names (no other is counted).
TermStats term_stats(const CheckInput& in, const std::vector<const Link*>& links) {
  TermStats s;
  s.names = &in.alignment.anchors.stem_names;
  if (in.key_terms.terms.empty()) return s;
  s.stems.reserve(links.size());
  for (std::size_t i = 0; i < links.size(); ++i) {
    s.stems.push_back(term_stems(in, links[i]->en));
    for (std::uint32_t t : link_terms(in, links[i]->zh))
      s.where[in.key_terms.terms[t]].push_back(i);
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
    if (c > hits || (c == hits && s.name(w) < s.name(best))) best = w, hits = c;
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
    f.message = term + " is usually rendered “" + s.name(usual) + "…” (" + std::to_string(hits) +
                " of " + std::to_string(where.size()) + " aligned units) but not in " +
                std::to_string(where.size() - hits) +
                (where.size() - hits == 1 ? " unit" : " units");
    out.push_back(std::move(f));
  }
}

}  // namespace argmap::checks
