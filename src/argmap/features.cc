#include "argmap/features.h"

#include <algorithm>
#include <string_view>

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

bool ends_question(std::string_view text) {
  std::string_view t = trim(text);
  for (std::string_view close : {"”", "\"", "’", "」", ")", "）"}) {
    if (t.ends_with(close)) t.remove_suffix(close.size());
  }
  return t.ends_with("?") || t.ends_with("？");
}

std::vector<std::string> quotes_of(std::string_view text) {
  static const std::pair<std::string_view, std::string_view> kPairs[] = {
      {"“", "”"}, {"「", "」"}, {"『", "』"}, {"\"", "\""}};
  std::vector<std::string> out;
  for (const auto& [open, close] : kPairs) {
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

// A paired form whose first part and then second part both occur in the unit: English parts
// as matched words, Chinese parts anywhere (并不是…而是 holds 不是…而是).
void find_pairs(const Lexicon& lexicon, std::string_view text,
                const std::vector<std::string>& forms, Features& f) {
  std::vector<std::string_view> sorted;  // English: the words sorted, to rule pairs out fast
  if (lexicon.lang != Lang::kZh) sorted.assign(forms.begin(), forms.end());
  std::sort(sorted.begin(), sorted.end());
  for (const PairedConnective& p : lexicon.paired) {
    bool found = false;
    if (lexicon.lang == Lang::kZh) {
      const std::size_t first = text.find(p.first);
      found = first != std::string_view::npos &&
              text.find(p.second, first + p.first.size()) != std::string_view::npos;
    } else if (std::binary_search(sorted.begin(), sorted.end(), std::string_view(p.first))) {
      const auto first = std::find(forms.begin(), forms.end(), p.first);
      found = first != forms.end() && std::find(first + 1, forms.end(), p.second) != forms.end();
    }
    if (found) f.paired.push_back({p.first, p.second, p.senses});
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

Features features_of(std::string_view text, const Lexicon& lexicon, const PhraseMatcher& matcher) {
  Features f;
  std::vector<std::string> forms;
  for (const PhraseHit& hit : matcher.find(text)) {
    const Phrase& p = matcher.phrases()[hit.phrase];
    forms.push_back(p.form);
    if (p.kinds & kConnective) add_connective(lexicon, p, text, hit.start, f);
    if ((p.kinds & kNegation) && !(p.kinds & kNonNegation))
      f.negation.push_back({p.form, hit.start});
    if (p.kinds & kHedge) f.hedges.push_back({p.form, hit.start});
    if (p.kinds & kClaimCue) f.claim_cues.push_back({p.form, hit.start});
    if (p.kinds & kThesisCue) f.thesis_cue = true;
    if (p.kinds & kViewCue) f.view_cues.push_back({p.form, hit.start});
    if (p.kinds & kStanceCue) f.stance_cue = true;
    if (p.kinds & kPlanCue) f.plan_cue = true;
    if (p.kinds & kSummaryCue) f.summary_cue = true;
    if (p.kinds & kContinuingSubject) mark_shared_subject(text, hit.start, f);
  }
  find_pairs(lexicon, text, forms, f);
  f.question = ends_question(text);
  f.quotes = quotes_of(text);
  f.numbers = find_quantities(text, lexicon);
  return f;
}

std::vector<Features> extract_features(const std::vector<Unit>& units, const Lexicon& lexicon) {
  const PhraseMatcher matcher(lexicon);
  std::vector<Features> out;
  out.reserve(units.size());
  for (const Unit& u : units) out.push_back(features_of(u.text, lexicon, matcher));
  if (!lexicon.spoken_openers.empty()) mark_spoken_openers(out, lexicon);
  return out;
}

}  // namespace argmap
