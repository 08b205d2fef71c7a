#include "argmap/phrase_matcher.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "argmap/text.h"

namespace argmap {
namespace {

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '\''; }

}  // namespace

void PhraseMatcher::add(std::string form, PhraseKind kind, std::optional<std::size_t> connective) {
  form = lower_ascii(form);
  if (form.empty()) return;
  auto [it, fresh] = by_form_.emplace(form, phrases_.size());
  if (fresh) phrases_.push_back({form, 0, {}});
  Phrase& p = phrases_[it->second];
  p.kinds |= 1u << kind;
  if (connective) p.connectives.push_back(*connective);
  // English contractions are also written with a curly apostrophe.
  if (whole_words_ && form.find('\'') != std::string::npos) {
    std::string curly;
    for (char c : form) curly += c == '\'' ? std::string("\u2019") : std::string(1, c);
    add(curly, kind, connective);
  }
}

PhraseMatcher::PhraseMatcher(const Lexicon& lexicon) : whole_words_(lexicon.lang == Lang::kEn) {
  for (std::size_t i = 0; i < lexicon.connectives.size(); ++i) {
    add(lexicon.connectives[i].form, kConnective, i);
  }
  for (const PairedConnective& p : lexicon.paired) {
    add(p.first, kPairFirst, std::nullopt);
    add(p.second, kPairSecond, std::nullopt);
  }
  const std::pair<const std::vector<std::string>*, PhraseKind> lists[] = {
      {&lexicon.negation, kNegation},           {&lexicon.non_negation, kNonNegation},
      {&lexicon.double_negation, kNonNegation}, {&lexicon.hedges, kHedge},
      {&lexicon.claim_cues, kClaimCue},         {&lexicon.view_cues, kViewCue},
      {&lexicon.thesis_cues, kThesisCue},       {&lexicon.stance_cues, kStanceCue},
      {&lexicon.plan_cues, kPlanCue},           {&lexicon.continuing_subjects, kContinuingSubject},
      {&lexicon.summary_cues, kSummaryCue},     {&lexicon.non_cues, kNonCue}};
  for (const auto& [list, kind] : lists) {
    for (const std::string& form : *list) add(form, kind, std::nullopt);
  }
  if (whole_words_) mark_negated_cues(lexicon);
  for (std::size_t i = 0; i < phrases_.size(); ++i) {
    std::size_t at = 0;
    by_first_[decode_utf8(phrases_[i].form, at)].push_back(i);
  }
  for (auto& [first, list] : by_first_) {
    std::stable_sort(list.begin(), list.end(), [this](std::size_t a, std::size_t b) {
      return phrases_[a].form.size() > phrases_[b].form.size();
    });
  }
}

// A claim cue that holds a negation word (should not, must not) negates too: being the longer
// match, it hides the negation word from the matcher. "There is no doubt" does not.
void PhraseMatcher::mark_negated_cues(const Lexicon& lexicon) {
  const std::set<std::string> negation(lexicon.negation.begin(), lexicon.negation.end());
  for (Phrase& p : phrases_) {
    if (!(p.is(kClaimCue) || p.is(kThesisCue)) || p.is(kNegation) || p.is(kNonNegation)) continue;
    const bool idiom = std::any_of(
        lexicon.non_negation.begin(), lexicon.non_negation.end(),
        [&p](const std::string& n) { return p.form.find(lower_ascii(n)) != std::string::npos; });
    if (idiom) continue;
    for (std::string_view word : ascii_words(p.form, [](char c) { return c != ' '; }))
      if (negation.count(std::string(word))) p.kinds |= 1u << kNegation;
  }
}

// Length of the longest phrase starting at lower[i] (whose first code point is c), or 0.
std::size_t PhraseMatcher::match_at(std::string_view lower, std::size_t i, char32_t c) const {
  const auto it = by_first_.find(c);
  if (it == by_first_.end()) return 0;
  for (std::size_t p : it->second) {
    const std::string& form = phrases_[p].form;
    // The last byte first: most forms sharing the first character differ there already.
    if (form.empty() || lower.size() - i < form.size() || lower[i + form.size() - 1] != form.back())
      continue;
    if (lower.compare(i, form.size(), form) != 0) continue;
    const std::size_t end = i + form.size();
    const bool bounded = !whole_words_ || end == lower.size() || !is_word_char(lower[end]) ||
                         !is_word_char(form.back());
    if (bounded) return p + 1;
  }
  return 0;
}

std::vector<PhraseHit> PhraseMatcher::find(std::string_view text) const {
  const std::string lower = lower_ascii(text);
  std::vector<PhraseHit> hits;
  std::size_t i = 0;
  while (i < lower.size()) {
    std::size_t next = i;
    const char32_t c = decode_utf8(lower, next);
    const bool word_start = !whole_words_ || i == 0 || !is_word_char(lower[i - 1]);
    const std::size_t found = word_start ? match_at(lower, i, c) : 0;
    if (found == 0) {
      i = next;
      continue;
    }
    const std::size_t end = i + phrases_[found - 1].form.size();
    hits.push_back({found - 1, i, end});
    i = end;
  }
  return hits;
}

}  // namespace argmap
