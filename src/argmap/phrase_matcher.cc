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
  index_by_first_bytes();
}

namespace {

std::size_t first_bytes(std::string_view form) {
  const auto byte = [&form](std::size_t k) { return static_cast<unsigned char>(form[k]); };
  return form.size() == 1 ? byte(0) : byte(0) << 8 | byte(1);
}

// Groups `items` (phrase indices, longest first) by `group_of` into a start table and an order.
template <typename GroupOf>
void group_by(const std::vector<std::uint32_t>& items, std::size_t groups, GroupOf group_of,
              std::vector<std::uint32_t>& start, std::vector<std::uint32_t>& order) {
  start.assign(groups + 1, 0);
  for (std::uint32_t p : items) ++start[group_of(p) + 1];
  for (std::size_t g = 1; g < start.size(); ++g) start[g] += start[g - 1];
  order.resize(items.size());
  std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
  for (std::uint32_t p : items) order[next[group_of(p)]++] = p;
}

}  // namespace

// The phrases longest first (the first listed among equals), grouped by their first two bytes
// or their one byte: a phrase matching at a position is in the group of the text's bytes there.
void PhraseMatcher::index_by_first_bytes() {
  std::vector<std::uint32_t> longer, single;
  for (std::size_t i = 0; i < phrases_.size(); ++i)
    (phrases_[i].form.size() == 1 ? single : longer).push_back(static_cast<std::uint32_t>(i));
  std::stable_sort(longer.begin(), longer.end(), [this](std::uint32_t a, std::uint32_t b) {
    return phrases_[a].form.size() > phrases_[b].form.size();
  });
  const auto group = [this](std::uint32_t p) { return first_bytes(phrases_[p].form); };
  group_by(longer, 1 << 16, group, pair_start_, by_pair_);
  group_by(single, 1 << 8, group, single_start_, by_single_);
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

// 1 + the index of the first phrase of by_pair_[from, to) or by_single_ that starts at
// lower[i] and ends a word, or 0.
std::size_t PhraseMatcher::match_in(std::string_view lower, std::size_t i, std::uint32_t from,
                                    std::uint32_t to) const {
  for (std::uint32_t k = from; k < to; ++k) {
    const std::uint32_t p = by_pair_[k];
    const std::string& form = phrases_[p].form;
    // The last byte first: most forms sharing the first bytes differ there already.
    if (lower.size() - i < form.size() || lower[i + form.size() - 1] != form.back()) continue;
    if (lower.compare(i, form.size(), form) != 0) continue;
    const std::size_t end = i + form.size();
    const bool bounded = !whole_words_ || end == lower.size() || !is_word_char(lower[end]) ||
                         !is_word_char(form.back());
    if (bounded) return p + 1;
  }
  return 0;
}

// Length of the longest phrase starting at lower[i] as 1 + its index, or 0.
std::size_t PhraseMatcher::match_at(std::string_view lower, std::size_t i) const {
  if (i + 1 < lower.size()) {
    const std::size_t g = first_bytes(lower.substr(i, 2));
    if (const std::size_t p = match_in(lower, i, pair_start_[g], pair_start_[g + 1])) return p;
  }
  const auto b = static_cast<unsigned char>(lower[i]);
  for (std::uint32_t k = single_start_[b]; k < single_start_[b + 1]; ++k) {
    const std::uint32_t p = by_single_[k];
    const bool bounded = !whole_words_ || i + 1 == lower.size() || !is_word_char(lower[i + 1]) ||
                         !is_word_char(lower[i]);
    if (bounded) return p + 1;
  }
  return 0;
}

std::size_t PhraseMatcher::index_of(const std::string& form) const {
  const auto it = by_form_.find(form);
  return it == by_form_.end() ? phrases_.size() : it->second;
}

std::vector<PhraseHit> PhraseMatcher::find(std::string_view text) const {
  return find_lower(lower_ascii(text));
}

std::vector<PhraseHit> PhraseMatcher::find_lower(std::string_view lower) const {
  std::vector<PhraseHit> hits;
  std::size_t i = 0;
  while (i < lower.size()) {
    const std::size_t next = after_code_point(lower, i);
    const bool word_start = !whole_words_ || i == 0 || !is_word_char(lower[i - 1]);
    const std::size_t found = word_start ? match_at(lower, i) : 0;
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
