// Omission, addition and partial omission: what one version says and the other does not.
#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "argmap/anchors.h"
#include "argmap/checks/rules.h"
#include "argmap/text.h"

namespace argmap::checks {
namespace {

// Sections present in one version only are reported once by the structure rule.
bool section_missing(const CheckInput& in, Lang lang, std::size_t section) {
  for (const SectionLink& s : in.alignment.sections) {
    const auto& mine = side(s, lang);
    const auto& theirs = side(s, other(lang));
    if (mine == section) return !theirs.has_value();
  }
  return false;
}

// Han characters or Latin letters and digits of the units, as the anchors count them.
double letters(const std::vector<Anchors>& anchors, const std::vector<std::size_t>& units) {
  double n = 0;
  for (std::size_t u : units) n += anchors[u].letters;
  return n;
}

void one_sided(const CheckInput& in, Lang lang, std::vector<Finding>& out) {
  const VersionAnalysis& v = in.version(lang);
  for (const Link& l : in.alignment.links) {
    const auto& mine = side(l, lang);
    const auto& theirs = side(l, other(lang));
    if (mine.empty() || !theirs.empty()) continue;
    if (section_missing(in, lang, v.units[mine.front()].section)) continue;
    // A unit of the original with nothing in the translation is an omission; a unit of the
    // translation with nothing in the original, an addition.
    const bool omitted = lang == in.source;
    const std::string other_name(lang_name(other(lang)));
    Finding f;
    f.code = omitted ? "omission" : "addition";
    f.severity = omitted ? Severity::kError : Severity::kWarning;
    f.message = (omitted ? "not translated: the " : "added in translation: the ") + other_name +
                " version has nothing for " + quote(v.units[mine.front()].text);
    side(f, lang) = mine;
    out.push_back(std::move(f));
  }
}

}  // namespace

void omission(const CheckInput& in, std::vector<Finding>& out) { one_sided(in, in.source, out); }
void addition(const CheckInput& in, std::vector<Finding>& out) {
  one_sided(in, other(in.source), out);
}

// A clause without the stop, exclaim or question mark that ends it (one of each, in turn).
std::string_view without_end_mark(std::string_view clause, const Punctuation& p) {
  for (const std::vector<std::string>* marks : {&p.stop, &p.exclaim, &p.question}) {
    if (const std::string* m = ending_of(clause, *marks)) clause.remove_suffix(m->size());
  }
  return clause;
}

// The text of clause `index` of the link's Chinese unit (as the anchors number them), without
// the clause mark or, for the last clause, the end mark that closes it.
std::string_view clause_of(const CheckInput& in, const Link& l, int index) {
  const std::string_view text = in.zh.units[l.zh.front()].text;
  const std::string_view clause = clause_text(in.alignment.anchors, l.zh.front(), text, index);
  const bool last = clause.data() + clause.size() == text.data() + text.size();
  return last ? without_end_mark(clause, in.lexicons.zh.punctuation) : clause;
}

// A clause of the Chinese unit whose content words (dictionary words of two or more
// characters, at least three of them) all lack a gloss among the English words, while another
// clause has words the English renders (so the dictionary covers this pair): -1 if none.
int unmatched_clause(const CheckInput& in, const Link& l) {
  if (l.zh.size() != 1) return -1;
  const std::size_t z = l.zh.front();
  const std::vector<WordMatch> matches = content_word_matches(in.alignment.anchors, z, l.en);
  std::map<int, std::pair<int, int>> words_hits;  // per clause
  for (std::size_t w = 0; w < matches.size(); ++w) {
    if (matches[w] == WordMatch::kNoContent) continue;
    auto& [words, hits] = words_hits[in.alignment.anchors.zh[z].places[w].clause];
    words += 1;
    hits += matches[w] == WordMatch::kRendered ? 1 : 0;
  }
  const bool covered = std::any_of(words_hits.begin(), words_hits.end(),
                                   [](const auto& c) { return c.second.second > 0; });
  for (const auto& [clause, wh] : words_hits) {
    if (covered && wh.first >= in.lexicons.zh.review.clause_min_words && wh.second == 0)
      return clause;
  }
  return -1;
}

Finding dropped_clause(const CheckInput& in, const Link& l, int clause) {
  Finding f{"partial-omission", Severity::kWarning, "", l.zh, l.en};
  f.case_name = "clause";
  const std::string text = quote(std::string(clause_of(in, l, clause)));
  f.message = in.source == Lang::kZh
                  ? "the clause " + text +
                        " seems missing in English: none of its words is rendered and the "
                        "English is shorter than expected"
                  : "the clause " + text +
                        " seems added in translation: none of its words is in the English "
                        "original, which is shorter than expected";
  return f;
}

// Length z-score of a pair against the model (log English letters / Chinese characters).
double length_z(const LinkModel& m, double zh, double en) {
  return (std::log(en / zh) - m.log_ratio) / m.log_sd;
}

// The English length fits the Chinese without the clause better than the whole Chinese: the
// three kinds of evidence (no word rendered, the rest covered, the length) agree.
bool fits_without(const CheckInput& in, const Link& l, int clause, double zh, double en) {
  const double rest = zh - static_cast<double>(count_letters(clause_of(in, l, clause)));
  const LinkModel& m = in.alignment.anchors.link;
  return rest >= 1 && std::abs(length_z(m, rest, en)) < std::abs(length_z(m, zh, en));
}

// The English side's content words (not stopwords, digits or single letters) and how many of
// them render a word of the Chinese side: one of its stems is a gloss of a Chinese word.
struct Glossed {
  std::size_t words = 0, glossed = 0;
};
Glossed glossed_words(const CheckInput& in, const Link& l) {
  const AnchorSet& a = in.alignment.anchors;
  std::vector<int> glosses;
  for (std::size_t z : l.zh) {
    for (const WordPlace& w : a.zh[z].places) {
      const std::vector<int>& g = a.glosses_of(w);
      glosses.insert(glosses.end(), g.begin(), g.end());
    }
  }
  std::sort(glosses.begin(), glosses.end());
  Glossed out;
  for (std::size_t e : l.en) {
    for (int w : a.en[e].words) {
      const auto word = static_cast<std::size_t>(w);
      if (!a.words.content[word]) continue;
      out.words += 1;
      out.glossed += std::binary_search(glosses.begin(), glosses.end(), a.words.stems[word]);
    }
  }
  return out;
}

// An English side longer than the length model expects whose content words mostly render no
// word of the Chinese: the extra length holds words the other side does not have.
bool unglossed(const CheckInput& in, const Link& l, double d, Glossed& g) {
  const ReviewThresholds& t = in.lexicons.zh.review;
  if (t.unglossed_min_words == 0 || d < t.unglossed_min_length_z) return false;
  g = glossed_words(in, l);
  return g.words >= t.unglossed_min_words &&
         static_cast<double>(g.glossed) <
             t.unglossed_max_glossed_share * static_cast<double>(g.words);
}

Finding unglossed_finding(const CheckInput& in, const Link& l, const Glossed& g) {
  Finding f{"partial-omission", Severity::kWarning, "", l.zh, l.en};
  f.case_name = "unglossed";
  f.message = "English longer than expected, and only " + std::to_string(g.glossed) + " of its " +
              std::to_string(g.words) + " content words render a word of the Chinese: " +
              ByLang<const char*>{"content may have been added",
                                  "content of the original may be missing in Chinese"}[in.source];
  return f;
}

// A pair far off the length model (log English letters / Chinese characters) lost or gained
// content inside the sentence; a shorter English pair with a Chinese clause none of whose
// words it renders, whose other clauses it does render and whose length fits the Chinese
// without that clause, lost that clause; a longer English pair whose content words mostly
// render nothing of the Chinese gained content (length and dictionary coverage together).
// Short units are left alone: their ratio says little (the thresholds: the lexicon's review).
void partial_omission(const CheckInput& in, std::vector<Finding>& out) {
  const ReviewThresholds& t = in.lexicons.zh.review;
  for (const Link* l : in.two_sided()) {
    if (wrong_script(in, *l)) continue;
    const double zh = letters(in.alignment.anchors.zh, l->zh);
    const double en = letters(in.alignment.anchors.en, l->en);
    if (zh < t.omission_min_letters || en < t.omission_min_letters) continue;
    const double d = length_z(in.alignment.anchors.link, zh, en);
    const int clause = d <= t.dropped_clause_z ? unmatched_clause(in, *l) : -1;
    if (clause >= 0 && fits_without(in, *l, clause, zh, en)) {
      out.push_back(dropped_clause(in, *l, clause));
      continue;
    }
    Glossed g;
    if (std::abs(d) < t.omission_far_z && unglossed(in, *l, d, g)) {
      out.push_back(unglossed_finding(in, *l, g));
      continue;
    }
    if (std::abs(d) < t.omission_far_z) continue;
    const long expected = std::lround(zh * std::exp(in.alignment.anchors.link.log_ratio));
    Finding f{"partial-omission", Severity::kWarning, "", l->zh, l->en};
    f.case_name = d < 0 ? "shorter" : "longer";
    f.message =
        (d < 0 ? "English much shorter than expected (" : "English much longer than expected (") +
        std::to_string(static_cast<long>(en)) + " letters for " +
        std::to_string(static_cast<long>(zh)) + " Chinese characters; about " +
        std::to_string(expected) + " expected): " +
        ((d < 0) == (in.source == Lang::kZh) ? "content may be missing"
                                             : "content may have been added");
    out.push_back(std::move(f));
  }
}

}  // namespace argmap::checks
