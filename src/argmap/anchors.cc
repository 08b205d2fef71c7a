#include "argmap/anchors.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <future>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "argmap/second_thread.h"
#include "argmap/text.h"

namespace argmap {
namespace {

class Interner {
 public:
  int id(const std::string& s) {
    // try_emplace: no node is built for a string already there (most words of a text)
    auto [it, fresh] = ids_.try_emplace(s, static_cast<int>(ids_.size()));
    return it->second;
  }
  int find(const std::string& s) const {
    auto it = ids_.find(s);
    return it == ids_.end() ? -1 : it->second;
  }
  std::vector<std::string> names() const {
    std::vector<std::string> out(ids_.size());
    for (const auto& [name, id] : ids_) out[static_cast<std::size_t>(id)] = name;
    return out;
  }

 private:
  std::unordered_map<std::string, int> ids_;
};

std::vector<std::string> numbers_of(const Features& f) {
  std::vector<std::string> out;
  for (const Quantity& q : f.numbers) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g %s", q.value, q.unit.c_str());
    out.emplace_back(buf);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The ASCII words of a text as written; in Chinese text these are the Latin tokens (AGI).
std::vector<std::string> latin_words(std::string_view text) {
  const std::vector<std::string_view> words = ascii_words(text, is_ascii_alnum);
  return {words.begin(), words.end()};  // kept to the end of the run: no spare capacity
}

// The dictionary's entries by the first character of their headword, narrowed once per
// document: most lookups start with the same few thousand characters.
class FirstCharacters {
 public:
  explicit FirstCharacters(const Dictionary& dict) : dict_(dict) {}
  Dictionary::Range of(std::string_view character) {
    std::uint32_t key = 0;
    for (char c : character) key = key << 8 | static_cast<unsigned char>(c);
    auto [it, fresh] = ranges_.try_emplace(key);
    if (fresh) it->second = dict_.narrow(dict_.all(), character);
    return it->second;
  }
  const Dictionary& dict() const { return dict_; }

 private:
  const Dictionary& dict_;
  std::unordered_map<std::uint32_t, Dictionary::Range> ranges_;
};

// The longest dictionary word starting at text[i] (a Han character), narrowing the entries
// that share its prefix one character at a time; `best` is where it ends, 0 when none.
long longest_word_at(std::string_view text, std::size_t i, FirstCharacters& first,
                     std::size_t& best) {
  const Dictionary& dict = first.dict();
  long id = -1;
  Dictionary::Range range;
  best = 0;
  std::size_t end = i;
  while (end < text.size() && end - i < dict.longest_word()) {
    std::size_t after = end;
    if (script_of(decode_utf8(text, after)) != Script::kHan) break;
    const std::string_view prefix = text.substr(i, after - i);
    range = end == i ? first.of(prefix) : dict.narrow(range, prefix);
    end = after;
    if (range.begin == range.end) break;  // no word starts so
    if (const long found = dict.id_in(range, prefix); found >= 0) best = end, id = found;
  }
  return id;
}

// The clause marks of a unit's text (characters of `breaks`), appended to `out`.
void add_clause_marks(std::string_view text, std::u32string_view breaks, ClauseMarks& out) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    if (is_one_of(decode_utf8(text, i), breaks))
      out.marks.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(i)});
  }
  out.offsets.push_back(static_cast<std::uint32_t>(out.marks.size()));
}

// The unit's Han text cut greedily into the longest dictionary words (forward maximum
// matching), each with its clause: how many of the unit's clause marks (`marks`, in order)
// stand before it.
// Each word's `word` is its dictionary entry here (see chinese_anchors).
void dictionary_words(std::string_view text, FirstCharacters& first,
                      std::span<const ClauseMark> marks, std::vector<WordPlace>& out) {
  out.clear();
  std::size_t i = 0, clause = 0;
  while (i < text.size()) {
    std::size_t next = i;
    if (script_of(decode_utf8(text, next)) != Script::kHan) {
      i = next;
      continue;
    }
    while (clause < marks.size() && marks[clause].start < i) ++clause;
    std::size_t best = 0;
    const long id = longest_word_at(text, i, first, best);
    if (best > i)
      out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(best - i),
                     static_cast<std::int32_t>(clause), static_cast<std::int32_t>(id)});
    i = best > i ? best : next;
  }
}

// The class of the last mark before any closing quotes or brackets.
EndClass end_class(std::string_view t, const Punctuation& p) {
  t = strip_trailing(t, p.closing);
  for (auto [marks, cls] : {std::pair{&p.stop, EndClass::kStop},
                            {&p.question, EndClass::kQuestion},
                            {&p.exclaim, EndClass::kExclaim},
                            {&p.comma, EndClass::kComma},
                            {&p.semicolon, EndClass::kSemicolon},
                            {&p.colon, EndClass::kColon}}) {
    if (ending_of(t, *marks)) return cls;
  }
  return EndClass::kNone;
}

Anchors base_anchors(const VersionAnalysis& v, std::size_t u, const AnchorResources& r, bool zh) {
  const Unit& unit = v.units[u];
  Anchors a;
  a.letters = static_cast<double>(count_letters(unit.text));
  a.numbers = numbers_of(v.features[u]);
  if (zh) a.latin = latin_words(unit.text);
  a.kind = unit.kind;
  a.question = v.features[u].question;
  const Lexicon& lexicon = r.lexicons->of(v.lang);
  const std::string_view t = trim(unit.text);
  a.lead_in = v.features[u].lead_in;
  a.end = end_class(t, lexicon.punctuation);
  if (r.glossary) {
    for (std::size_t g = 0; g < r.glossary->terms.size(); ++g) {
      const GlossaryTerm& term = r.glossary->terms[g];
      const bool present =
          zh ? unit.text.find(term.zh) != std::string::npos : contains_translation(unit.text, term);
      if (present) a.terms.push_back(static_cast<int>(g));
    }
  }
  return a;
}

// The document's words, numbered by dictionary entry in order of first meeting, each with the
// English stem ids of its entry's glosses (those the English side has), looked up once.
class GlossIds {
 public:
  GlossIds(const Dictionary* dict, const Interner& stems) : dict_(dict), stems_(stems) {
    if (dict) slot_.assign(dict->size(), -1);
  }
  // The number of the word of dictionary entry `id`.
  int word(long id) {
    int& slot = slot_[static_cast<std::size_t>(id)];
    if (slot < 0) {
      slot = static_cast<int>(lists_.size());
      std::vector<int> ids;
      for (std::string_view g : dict_->glosses_of(id)) {
        if (const int s = stems_.find(std::string(g)); s >= 0) ids.push_back(s);
      }
      lists_.push_back(std::move(ids));
    }
    return slot;
  }
  std::vector<std::vector<int>> take_lists() { return std::move(lists_); }

 private:
  const Dictionary* dict_;
  const Interner& stems_;
  std::vector<int> slot_;  // by entry: index into lists_, -1 before the first lookup
  std::vector<std::vector<int>> lists_;
};

// A content word of English: two letters or more, not opening with a digit, not a stopword
// (of the lexicon's sorted list).
bool content_word(const std::string& w, const std::vector<std::string>& stopwords) {
  return w.size() >= 2 && !(w[0] >= '0' && w[0] <= '9') &&
         !std::binary_search(stopwords.begin(), stopwords.end(), w);
}

// The English words of the document, numbered in order of first occurrence; each new word's
// stem (numbered alike in `stems`) and content mark worked out once.
class WordTable {
 public:
  WordTable(const Lexicon& en, Interner& stems) : en_(en), stems_(stems) {}
  int id(std::string_view written) {
    lower_ascii_into(written, lowered_);
    const auto [it, fresh] = ids_.try_emplace(lowered_, static_cast<int>(table_.names.size()));
    if (fresh) {
      table_.names.push_back(lowered_);
      table_.stems.push_back(stems_.id(english_stem(lowered_, en_.stem_rules)));
      table_.content.push_back(content_word(lowered_, en_.stopwords) ? 1 : 0);
    }
    return it->second;
  }
  int find(std::string_view written) const {
    const auto it = ids_.find(lower_ascii(written));
    return it == ids_.end() ? -1 : it->second;
  }
  // The stems of `words` (ids), sorted and distinct.
  std::vector<int> stems_of(const std::vector<int>& words) const {
    std::vector<int> out;
    out.reserve(words.size());
    for (int w : words) out.push_back(table_.stems[static_cast<std::size_t>(w)]);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    out.shrink_to_fit();  // kept to the end of the run
    return out;
  }
  EnglishWords take() { return std::move(table_); }

 private:
  const Lexicon& en_;
  Interner& stems_;
  std::unordered_map<std::string, int> ids_;
  EnglishWords table_;
  std::string lowered_;
};

std::vector<Anchors> english_anchors(const VersionAnalysis& en, const AnchorResources& r,
                                     WordTable& words) {
  std::vector<Anchors> out;
  out.reserve(en.units.size());
  for (std::size_t u = 0; u < en.units.size(); ++u) {
    Anchors a = base_anchors(en, u, r, false);
    const std::vector<std::string_view> written = ascii_words(en.units[u].text, is_ascii_alnum);
    a.words.reserve(written.size());  // kept to the end of the run: no spare capacity
    for (std::string_view w : written) a.words.push_back(words.id(w));
    a.stems = words.stems_of(a.words);
    out.push_back(std::move(a));
  }
  return out;
}

// The Chinese units' anchors with their dictionary words, each `word` still its dictionary
// entry: everything but the words' numbers and gloss stems, which need the English stem ids.
struct ChineseDraft {
  std::vector<Anchors> anchors;
  ClauseMarks clauses;
};

ChineseDraft chinese_draft(const VersionAnalysis& zh, const AnchorResources& r) {
  ChineseDraft d;
  d.anchors.reserve(zh.units.size());
  std::optional<FirstCharacters> first;
  if (r.dictionary) first.emplace(*r.dictionary);
  std::vector<WordPlace> words;  // one unit's, copied out at their size: no spare capacity
  for (std::size_t u = 0; u < zh.units.size(); ++u) {
    Anchors a = base_anchors(zh, u, r, true);
    add_clause_marks(zh.units[u].text, r.lexicons->zh.clause_breaks.clauses, d.clauses);
    if (r.dictionary) {
      dictionary_words(zh.units[u].text, *first, d.clauses.of(u), words);
      a.places.assign(words.begin(), words.end());
    }
    d.anchors.push_back(std::move(a));
  }
  return d;
}

// The draft's words numbered (each held its dictionary entry) and their gloss lists, and its
// Latin tokens as English words, in set.
void chinese_anchors(ChineseDraft& d, const AnchorResources& r, const Interner& stems,
                     const WordTable& words, AnchorSet& set) {
  GlossIds gloss_ids(r.dictionary, stems);
  for (Anchors& a : d.anchors) {
    for (WordPlace& w : a.places) w.word = gloss_ids.word(w.word);
    a.latin_words.reserve(a.latin.size());
    for (const std::string& token : a.latin) a.latin_words.push_back(words.find(token));
  }
  set.zh = std::move(d.anchors);
  set.glosses = gloss_ids.take_lists();
}

}  // namespace

AnchorSet compute_anchors(const VersionAnalysis& zh, const VersionAnalysis& en,
                          const AnchorResources& r) {
  // The Chinese draft needs nothing of the English side: on a second thread when allowed.
  const auto draft = [&zh, &r] { return chinese_draft(zh, r); };
  std::future<ChineseDraft> zh_draft;
  if (r.threads > 1) zh_draft = start_thread(draft);
  AnchorSet set;
  set.link = r.lexicons->zh.link;
  Interner stems;
  WordTable words(r.lexicons->en, stems);
  set.en = english_anchors(en, r, words);
  ChineseDraft d = zh_draft.valid() ? zh_draft.get() : draft();
  chinese_anchors(d, r, stems, words, set);
  set.zh_clauses = std::move(d.clauses);
  set.words = words.take();
  set.stem_names = stems.names();
  return set;
}

std::string_view clause_text(const AnchorSet& a, std::size_t z, std::string_view text, int index) {
  const std::span<const ClauseMark> marks = a.zh_clauses.of(z);
  const auto k = static_cast<std::size_t>(index);
  if (index < 0 || k > marks.size()) return {};
  const std::size_t start = k == 0 ? 0 : marks[k - 1].end;
  const std::size_t end = k == marks.size() ? text.size() : marks[k].start;
  return text.substr(start, end - start);
}

namespace {

double length_score(double zh_letters, double en_letters, const LinkModel& m) {
  if (zh_letters < 1 || en_letters < 1) return zh_letters < 1 && en_letters < 1 ? 1.0 : 0.0;
  const double d = (std::log(en_letters / zh_letters) - m.log_ratio) / m.log_sd;
  return 1.0 / (1.0 + m.tail * d * d);  // heavy-tailed: a freer rendering is not fatal
}

// The stems of English units [eb, ee), marked by id in a per-thread table for one lookup and
// cleared again when it goes: membership in time linear in the stems, with no sort.
class StemMarks {
 public:
  StemMarks(const AnchorSet& a, std::size_t eb, std::size_t ee) : a_(a), eb_(eb), ee_(ee) {
    std::vector<std::uint8_t>& on = table();
    for (std::size_t e = eb; e < ee; ++e) {
      for (int s : a.en[e].stems) {
        if (static_cast<std::size_t>(s) >= on.size()) on.resize(static_cast<std::size_t>(s) + 1);
        on[static_cast<std::size_t>(s)] = 1;
      }
    }
  }
  ~StemMarks() {
    std::vector<std::uint8_t>& on = table();
    for (std::size_t e = eb_; e < ee_; ++e) {
      for (int s : a_.en[e].stems) on[static_cast<std::size_t>(s)] = 0;
    }
  }
  StemMarks(const StemMarks&) = delete;
  StemMarks& operator=(const StemMarks&) = delete;
  // One of a Chinese word's gloss stems is marked.
  bool any(const std::vector<int>& glosses) const {
    const std::vector<std::uint8_t>& on = table();
    return std::any_of(glosses.begin(), glosses.end(), [&on](int g) {
      return static_cast<std::size_t>(g) < on.size() && on[static_cast<std::size_t>(g)] != 0;
    });
  }

 private:
  static std::vector<std::uint8_t>& table() {
    thread_local std::vector<std::uint8_t> on;
    return on;
  }
  const AnchorSet& a_;
  std::size_t eb_, ee_;
};

// One of a Chinese word's gloss stems is among the English stems (sorted).
bool any_gloss_in(const std::vector<int>& glosses, const std::vector<int>& sorted_en) {
  return std::any_of(glosses.begin(), glosses.end(), [&sorted_en](int g) {
    return std::binary_search(sorted_en.begin(), sorted_en.end(), g);
  });
}

// Agreement of two multisets: 1 equal, 0 disjoint; -1 when neither side has any.
template <class T>
double overlap(std::vector<T> x, std::vector<T> y) {
  if (x.empty() && y.empty()) return -1;
  std::sort(x.begin(), x.end());
  std::sort(y.begin(), y.end());
  std::vector<T> common;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
  return 2.0 * static_cast<double>(common.size()) / static_cast<double>(x.size() + y.size());
}

double kind_score(const AnchorSet& a, std::size_t zb, std::size_t ze, std::size_t eb,
                  std::size_t ee) {
  auto structural = [](UnitKind k) { return k == UnitKind::kTitle || k == UnitKind::kHeading; };
  const bool zs = structural(a.zh[zb].kind), es = structural(a.en[eb].kind);
  if (zs != es) return 0;
  if (zs) return a.zh[zb].kind == a.en[eb].kind && ze - zb == 1 && ee - eb == 1 ? 1 : 0;
  const bool zl = a.zh[zb].kind == UnitKind::kListItem, el = a.en[eb].kind == UnitKind::kListItem;
  return zl == el ? 1 : 0.5;
}

}  // namespace

double dictionary_score(const AnchorSet& a, std::size_t zb, std::size_t ze, std::size_t eb,
                        std::size_t ee) {
  const StemMarks marks(a, eb, ee);
  double words = 0, hits = 0;
  for (std::size_t z = zb; z < ze; ++z) {
    for (const WordPlace& w : a.zh[z].places) {
      const std::vector<int>& glosses = a.glosses_of(w);
      if (glosses.empty()) continue;
      words += 1;
      hits += marks.any(glosses) ? 1 : 0;
    }
  }
  return words == 0 ? 0.5 : hits / words;
}

std::vector<WordMatch> content_word_matches(const AnchorSet& a, std::size_t z,
                                            const std::vector<std::size_t>& en_units) {
  std::vector<int> en;
  for (std::size_t e : en_units) en.insert(en.end(), a.en[e].stems.begin(), a.en[e].stems.end());
  std::sort(en.begin(), en.end());
  const Anchors& zh = a.zh[z];
  std::vector<WordMatch> out;
  for (const WordPlace& w : zh.places) {
    const std::vector<int>& glosses = a.glosses_of(w);
    if (glosses.empty() || single_character(w)) {
      out.push_back(WordMatch::kNoContent);
    } else {
      out.push_back(any_gloss_in(glosses, en) ? WordMatch::kRendered : WordMatch::kNotRendered);
    }
  }
  return out;
}

namespace {

// overlap() of a member list gathered over zh units [zb, ze) and en units [eb, ee), gathered
// only when both sides hold some (-1 when neither does, 0 when one does).
template <class T>
double gathered_overlap(const AnchorSet& a, std::size_t zb, std::size_t ze, std::size_t eb,
                        std::size_t ee, std::vector<T> Anchors::*member) {
  std::vector<T> zh, en;
  std::size_t zn = 0, ne = 0;
  for (std::size_t z = zb; z < ze; ++z) zn += (a.zh[z].*member).size();
  for (std::size_t e = eb; e < ee; ++e) ne += (a.en[e].*member).size();
  if (zn == 0 || ne == 0) return zn == 0 && ne == 0 ? -1 : 0;
  for (std::size_t z = zb; z < ze; ++z)
    zh.insert(zh.end(), (a.zh[z].*member).begin(), (a.zh[z].*member).end());
  for (std::size_t e = eb; e < ee; ++e)
    en.insert(en.end(), (a.en[e].*member).begin(), (a.en[e].*member).end());
  return overlap(std::move(zh), std::move(en));
}

// The share of the Chinese side's Latin tokens found among the English words (whatever their
// case), or -1 when the Chinese side has none.
double latin_found(const AnchorSet& a, std::size_t zb, std::size_t ze, std::size_t eb,
                   std::size_t ee) {
  std::size_t tokens = 0, found = 0;
  for (std::size_t z = zb; z < ze; ++z) {
    for (int w : a.zh[z].latin_words) {
      tokens += 1;
      for (std::size_t e = eb; e < ee && w >= 0; ++e) {
        const std::vector<int>& words = a.en[e].words;
        if (std::find(words.begin(), words.end(), w) != words.end()) {
          found += 1;
          break;
        }
      }
    }
  }
  return tokens == 0 ? -1 : static_cast<double>(found) / static_cast<double>(tokens);
}

}  // namespace

Agreement feature_agreement(const AnchorSet& a, std::size_t zb, std::size_t ze, std::size_t eb,
                            std::size_t ee) {
  Agreement g{1.5 * kind_score(a, zb, ze, eb, ee), 1.5};
  for (const double part : {gathered_overlap(a, zb, ze, eb, ee, &Anchors::numbers),
                            gathered_overlap(a, zb, ze, eb, ee, &Anchors::terms)}) {
    if (part >= 0) g.score += 1.5 * part, g.weight += 1.5;
  }
  if (const double found = latin_found(a, zb, ze, eb, ee); found >= 0)
    g.score += found, g.weight += 1.0;
  const bool zq = a.zh[ze - 1].question, eq = a.en[ee - 1].question;
  const bool zc = a.zh[ze - 1].lead_in, ec = a.en[ee - 1].lead_in;
  g.score += 0.5 * ((zq == eq ? 0.5 : 0) + (zc == ec ? 0.5 : 0)), g.weight += 0.5;
  return g;
}

bool plain_unit(const Anchors& a, bool zh) {
  return a.kind == UnitKind::kSentence && a.numbers.empty() && a.terms.empty() &&
         (!zh || a.latin.empty());
}

double bead_score(const AnchorSet& a, std::size_t zb, std::size_t ze, std::size_t eb,
                  std::size_t ee, bool with_dictionary) {
  double zl = 0, el = 0;
  for (std::size_t z = zb; z < ze; ++z) zl += a.zh[z].letters;
  for (std::size_t e = eb; e < ee; ++e) el += a.en[e].letters;
  const LinkModel& m = a.link;
  double score = m.length_weight * length_score(zl, el, m), weight = m.length_weight;
  if (with_dictionary) {
    score += m.dictionary_weight * dictionary_score(a, zb, ze, eb, ee);
    weight += m.dictionary_weight;
  }
  const Agreement g = feature_agreement(a, zb, ze, eb, ee);
  return (score + g.score) / (weight + g.weight);
}

}  // namespace argmap
