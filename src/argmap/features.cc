#include "argmap/features.h"

#include <algorithm>
#include <bitset>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "argmap/negated_words.h"
#include "argmap/negation_scope.h"
#include "argmap/text.h"

namespace argmap {
namespace {

// Offset where the unit's words begin: leading quotes, brackets and spaces skipped.
std::size_t first_word(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t next = i;
    const char32_t c = decode_utf8(text, next);
    if (script_of(c) != Script::kOther || (c >= '0' && c <= '9')) break;
    i = next;
  }
  return i;
}

// Whether a connective at `at` opens its clause: after one of `breaks` (the lexicon's).
bool clause_initial(std::string_view text, std::size_t at, std::u32string_view breaks) {
  if (at <= first_word(text)) return true;
  std::size_t i = at;
  while (i > 0) {
    const char32_t c = decode_utf8_before(text, i);
    if (is_space(c)) continue;
    return is_one_of(c, breaks);
  }
  return true;
}

// Whether the unit ends in a question mark, closing quotes and brackets aside.
bool ends_question(std::string_view text, const Punctuation& p) {
  std::string_view t = trim(text);
  for (const std::string& close : p.question_closing)
    if (!close.empty() && t.ends_with(close)) t.remove_suffix(close.size());
  return ending_of(t, p.question) != nullptr;
}

std::vector<std::string> quotes_of(std::string_view text, const Punctuation& p) {
  std::vector<std::string> out;
  for (const auto& [open, close] : p.quote_pairs) {
    std::size_t at = 0;
    while ((at = text.find(open, at)) != std::string_view::npos) {
      const std::size_t end = text.find(close, at + open.size());
      if (end == std::string_view::npos) break;
      out.emplace_back(text.substr(at + open.size(), end - at - open.size()));
      at = end + close.size();
    }
  }
  return out;
}

void add_connective(const Lexicon& lexicon, const Phrase& p, std::string_view text, std::size_t at,
                    Features& f) {
  const bool clause_start = clause_initial(text, at, lexicon.clause_breaks.connective);
  for (std::size_t index : p.connectives) {
    const Connective& c = lexicon.connectives[index];
    // Single Chinese characters (但, 而, 则) count only where a clause starts.
    const bool short_form = lexicon.lang == Lang::kZh && count_code_points(c.form) == 1;
    if ((c.initial_only || short_form) && !clause_start) continue;
    const bool counter =
        std::find(lexicon.concession_counters.begin(), lexicon.concession_counters.end(), c.form) !=
        lexicon.concession_counters.end();
    f.connectives.push_back({c.form, c.senses, at, at <= first_word(text), counter, clause_start,
                             !c.initial_only, c.after_subject && clause_start});
    return;
  }
}

// "but they": the connective just before a continuing subject opens a clause about the same
// subject.
void mark_shared_subject(std::string_view text, std::size_t at, Features& f) {
  if (f.connectives.empty()) return;
  ConnectiveUse& c = f.connectives.back();
  const std::size_t end = c.start + c.form.size();
  if (end > at) return;
  if (trim(text.substr(end, at - end)).empty()) c.shared_subject = true;
}

// Where each Chinese pair's first part first occurs in a unit, found in one walk over the
// unit's characters rather than one search of the unit per pair.
class PairStarts {
 public:
  explicit PairStarts(const Lexicon& lexicon) : lexicon_(lexicon) {
    for (std::size_t i = 0; i < lexicon.paired.size(); ++i) {
      std::size_t at = 0;
      const std::string& first = lexicon.paired[i].first;
      if (!first.empty()) by_char_.emplace_back(decode_utf8(first, at), i);
    }
    std::sort(by_char_.begin(), by_char_.end());
    for (const auto& [c, pair] : by_char_) firsts_.set(c & 0xFFFF);
  }

  // The offset of each pair's first part in the text; npos where it does not occur.
  std::vector<std::size_t> in(std::string_view text) const {
    std::vector<std::size_t> at(lexicon_.paired.size(), std::string_view::npos);
    for (std::size_t i = 0; i < at.size(); ++i)
      if (lexicon_.paired[i].first.empty()) at[i] = 0;
    for (std::size_t i = 0; i < text.size();) {
      const std::size_t start = i;
      const char32_t c = decode_utf8(text, i);
      if (firsts_.test(c & 0xFFFF)) mark(text, start, c, at);
    }
    return at;
  }

 private:
  void mark(std::string_view text, std::size_t start, char32_t c,
            std::vector<std::size_t>& at) const {
    auto it = std::lower_bound(by_char_.begin(), by_char_.end(), std::pair{c, std::size_t{0}});
    for (; it != by_char_.end() && it->first == c; ++it) {
      const std::size_t pair = it->second;
      if (at[pair] == std::string_view::npos &&
          text.substr(start).starts_with(lexicon_.paired[pair].first))
        at[pair] = start;
    }
  }

  const Lexicon& lexicon_;
  std::vector<std::pair<char32_t, std::size_t>> by_char_;  // a first part's first character
  std::bitset<65536> firsts_;  // those characters' low 16 bits: the rest surely open no pair
};

// Whether a Chinese pair occurs: its second part anywhere after its first's first occurrence.
bool chinese_pair(std::string_view text, const PairedConnective& p, std::size_t first) {
  return first != std::string_view::npos &&
         text.find(p.second, first + p.first.size()) != std::string_view::npos;
}

// The phrase of each English pair's first and second part, as the matcher numbers them.
using PairPhrases = std::vector<std::pair<std::size_t, std::size_t>>;

PairPhrases pair_phrases(const Lexicon& lexicon, const PhraseMatcher& matcher) {
  PairPhrases out;
  for (const PairedConnective& p : lexicon.paired)
    out.emplace_back(matcher.index_of(p.first), matcher.index_of(p.second));
  return out;
}

// Whether an English pair occurs: its first part and then its second as matched phrases.
bool english_pair(const std::vector<PhraseHit>& hits, std::pair<std::size_t, std::size_t> parts) {
  const auto is = [](std::size_t phrase) {
    return [phrase](const PhraseHit& h) { return h.phrase == phrase; };
  };
  const auto first = std::find_if(hits.begin(), hits.end(), is(parts.first));
  return first != hits.end() && std::find_if(first + 1, hits.end(), is(parts.second)) != hits.end();
}

// A paired form whose first part and then second part both occur in the unit: English parts
// as matched words, Chinese parts anywhere (并不是…而是 holds 不是…而是).
void find_pairs(const Lexicon& lexicon, std::string_view text, const std::vector<PhraseHit>& hits,
                const PairStarts& starts, const PairPhrases& parts, Features& f) {
  const bool zh = lexicon.lang == Lang::kZh;
  const std::vector<std::size_t> first = zh ? starts.in(text) : std::vector<std::size_t>{};
  for (std::size_t i = 0; i < lexicon.paired.size(); ++i) {
    const PairedConnective& p = lexicon.paired[i];
    if (zh ? chinese_pair(text, p, first[i]) : english_pair(hits, parts[i]))
      f.paired.push_back({p.first, p.second, p.senses});
  }
}

// The opening connective of a unit when it is one of the lexicon's spoken openers.
ConnectiveUse* spoken_opener(Features& f, const Lexicon& lexicon) {
  const auto& forms = lexicon.spoken_openers;
  for (ConnectiveUse& c : f.connectives) {
    if (c.unit_initial)
      return std::find(forms.begin(), forms.end(), c.form) != forms.end() ? &c : nullptr;
  }
  return nullptr;
}

// Spoken narration opens sentence after sentence with So or And; there they only go on.
void mark_spoken_openers(std::vector<Features>& features, const Lexicon& lexicon) {
  std::vector<ConnectiveUse*> openers;
  for (Features& f : features) {
    if (ConnectiveUse* c = spoken_opener(f, lexicon)) openers.push_back(c);
  }
  const double share = static_cast<double>(openers.size()) /
                       static_cast<double>(std::max<std::size_t>(1, features.size()));
  if (openers.size() < lexicon.spoken_min_count || share < lexicon.spoken_min_share) return;
  for (ConnectiveUse* c : openers) c->goes_on = true;
}

}  // namespace

bool shares_sense(const Senses& a, const Senses& b) {
  return std::any_of(a.begin(), a.end(),
                     [&b](Sense s) { return std::find(b.begin(), b.end(), s) != b.end(); });
}

const ConnectiveUse* Features::opening() const {
  for (const ConnectiveUse& c : connectives) {
    if (c.unit_initial) return c.goes_on ? nullptr : &c;
  }
  return nullptr;
}

Senses Features::senses_of(std::string_view form) const {
  for (const ConnectiveUse& c : connectives) {
    if (c.form == form) return c.senses;
  }
  for (const PairedUse& p : paired) {
    if (p.first == form || p.second == form) return p.senses;
  }
  return {};
}

bool Features::opens_with(Sense sense) const {
  const ConnectiveUse* c = opening();
  return c && !c->senses.empty() && c->senses.front() == sense;
}

bool Features::has_sense(Sense sense) const {
  auto in = [sense](const Senses& s) { return std::find(s.begin(), s.end(), sense) != s.end(); };
  return std::any_of(connectives.begin(), connectives.end(),
                     [&](const ConnectiveUse& c) { return in(c.senses); }) ||
         std::any_of(paired.begin(), paired.end(),
                     [&](const PairedUse& p) { return in(p.senses); });
}

Senses Features::senses() const {
  Senses out;
  auto add = [&out](const Senses& senses) {
    if (!senses.empty() && std::find(out.begin(), out.end(), senses.front()) == out.end()) {
      out.push_back(senses.front());
    }
  };
  for (const ConnectiveUse& c : connectives) add(c.senses);
  for (const PairedUse& p : paired) add(p.senses);
  return out;
}

namespace {

// Hashes a word as a string or a view, so that a word already numbered is looked up without a
// copy.
struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view w) const { return std::hash<std::string_view>{}(w); }
};
using WordIds = std::unordered_map<std::string, std::uint32_t, WordHash, std::equal_to<>>;
using Stopwords = std::unordered_set<std::string_view>;  // views of the lexicon's

// ICU's words of the text that are content words: of two code points or more, and, lowercased
// (read from `lower`, the text lowered), not among the lexicon's stopwords; as ids of `ids`,
// sorted and distinct.
std::vector<std::uint32_t> content_words(std::string_view lower, const std::vector<Token>& tokens,
                                         const Stopwords& stopwords, WordIds& ids) {
  std::vector<std::uint32_t> out;
  for (const Token& t : tokens) {
    const std::string_view w = lower.substr(t.start, t.end - t.start);
    if (count_code_points(w) < 2) continue;
    if (stopwords.contains(w)) continue;
    auto it = ids.find(w);
    if (it == ids.end()) it = ids.emplace(w, static_cast<std::uint32_t>(ids.size())).first;
    out.push_back(it->second);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  out.shrink_to_fit();  // kept to the end of the run
  return out;
}

// What the features stage builds once per lexicon for all the units of a version.
struct Indexes {
  explicit Indexes(const Lexicon& lexicon, const PhraseMatcher& m)
      : matcher(m),
        starts(lexicon),
        parts(pair_phrases(lexicon, m)),
        negated(lexicon),
        rhetorical(lexicon.rhetorical_negation),
        exception(lexicon.exception_markers),
        quantities(lexicon),
        stopwords(lexicon.stopwords.begin(), lexicon.stopwords.end()) {}
  const PhraseMatcher& matcher;
  PairStarts starts;
  PairPhrases parts;
  NegatedWords negated;
  FormSet rhetorical, exception;
  QuantityFinder quantities;
  Stopwords stopwords;
};

// What the units of a version share as they are read: one numbering of their words, the
// storage of each unit lowered (once for the matcher, the negation and the content words), and
// where its words are kept when asked.
struct Scratch {
  Scratch() { ids.max_load_factor(0.25f); }  // short chains: a word is mostly looked up
  WordIds ids;
  std::string lower;
  UnitWords* words = nullptr;
};

void keep_words(const std::vector<Token>& tokens, UnitWords& words) {
  for (const Token& t : tokens)
    words.spans.push_back({static_cast<std::uint32_t>(t.start), static_cast<std::uint32_t>(t.end)});
  words.offsets.push_back(static_cast<std::uint32_t>(words.spans.size()));
}

Features features_with(std::string_view text, const Lexicon& lexicon, const Indexes& index,
                       Scratch& scratch) {
  Features f;
  lower_ascii_into(text, scratch.lower);
  const std::string_view lower = scratch.lower;
  const PhraseMatcher& matcher = index.matcher;
  const std::vector<PhraseHit> hits = matcher.find_lower(lower);
  for (const PhraseHit& hit : hits) {
    const Phrase& p = matcher.phrases()[hit.phrase];
    if (p.is(kConnective)) add_connective(lexicon, p, text, hit.start, f);
    if (p.is(kNegation) && !p.is(kNonNegation)) f.negation.push_back({p.form, hit.start});
    if (p.is(kHedge)) f.hedges.push_back({p.form, hit.start});
    if (p.is(kClaimCue)) f.claim_cues.push_back({p.form, hit.start});
    if (p.is(kThesisCue)) f.thesis_cue = true;
    if (p.is(kViewCue)) f.view_cues.push_back({p.form, hit.start});
    if (p.is(kStanceCue)) f.stance_cue = true;
    if (p.is(kPlanCue)) f.plan_cue = true;
    if (p.is(kSummaryCue)) f.summary_cue = true;
    if (p.is(kContinuingSubject)) mark_shared_subject(text, hit.start, f);
  }
  find_pairs(lexicon, text, hits, index.starts, index.parts, f);
  f.question = ends_question(text, lexicon.punctuation);
  f.lead_in = ends_with_any(text, lexicon.structure.lead_in_endings);
  f.negation_scope = negation_scope(text, f.negation, lexicon);
  f.quotes = quotes_of(text, lexicon.punctuation);
  f.numbers = index.quantities.in(text);
  f.negated_words = index.negated.count(lower);
  f.implicit_negation = index.negated.implicit(lower);
  f.rhetorical_negation = index.rhetorical.occurs_in(lower);
  f.exception_marker = index.exception.occurs_in(text);
  const std::vector<Token> tokens = word_tokens(text, lexicon.lang);
  f.content_words = content_words(lower, tokens, index.stopwords, scratch.ids);
  if (scratch.words) keep_words(tokens, *scratch.words);
  return f;
}

}  // namespace

Features features_of(std::string_view text, const Lexicon& lexicon, const PhraseMatcher& matcher) {
  Scratch scratch;
  return features_with(text, lexicon, Indexes(lexicon, matcher), scratch);
}

std::vector<Features> extract_features(const std::vector<Unit>& units, const Lexicon& lexicon,
                                       UnitWords* words) {
  const PhraseMatcher matcher(lexicon);
  const Indexes index(lexicon, matcher);
  Scratch scratch;  // one numbering of words for the version
  scratch.words = words;
  std::vector<Features> out;
  out.reserve(units.size());
  for (const Unit& u : units) out.push_back(features_with(u.text, lexicon, index, scratch));
  if (!lexicon.spoken_openers.empty()) mark_spoken_openers(out, lexicon);
  return out;
}

}  // namespace argmap
