// Polarity: a negation on one side of an aligned pair only (不, 没有, 无法 … / not, never,
// without, n't …). English words negated by a prefix (unsupported, non-subjective) count as
// negation when they answer a Chinese cue, but never raise a finding themselves.
#include <algorithm>
#include <cctype>

#include "argmap/checks/rules.h"

namespace argmap::checks {
namespace {

bool has_cue(const VersionAnalysis& v, const std::vector<std::size_t>& units) {
  return std::any_of(units.begin(), units.end(),
                     [&v](std::size_t u) { return !v.features[u].negation.empty(); });
}

// A contrary turn (反而, 而是, instead, rather) can carry the negation of the other side.
bool has_contrary(const VersionAnalysis& v, const std::vector<std::size_t>& units) {
  return std::any_of(units.begin(), units.end(),
                     [&v](std::size_t u) { return v.features[u].has_sense("correction"); });
}

// "non-subjective", or a prefix on an adjective-like word ("unsupported", "unaddressed").
bool prefix_negated(const std::string& word, const std::vector<std::string>& prefixes) {
  static const char* kSuffixes[] = {"ed", "able", "ible", "ful", "ive",
                                    "al", "ic",   "ar",   "ent", "ant"};
  for (std::string p : prefixes) {
    if (!p.empty() && p.back() == '-') p.pop_back();
    if (p.empty() || word.size() < p.size() + 4 || word.compare(0, p.size(), p) != 0) continue;
    if (word[p.size()] == '-') return true;
    for (const char* s : kSuffixes) {
      if (word.ends_with(s)) return true;
    }
  }
  return false;
}

bool has_prefix_negation(const CheckInput& in, const std::vector<std::size_t>& units) {
  for (std::size_t u : units) {
    std::string word;
    for (char c : in.en.units[u].text + " ") {
      if (std::isalpha(static_cast<unsigned char>(c)) || c == '-') {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      } else if (!word.empty()) {
        if (prefix_negated(word, in.lexicons.en.negation_prefixes)) return true;
        word.clear();
      }
    }
  }
  return false;
}

// Negation carried without a cue: less than, lack, too … to; 避免, 缺乏.
bool has_implicit(const VersionAnalysis& v, const std::vector<std::size_t>& units,
                  const Lexicon& lexicon) {
  for (std::size_t u : units) {
    std::string text = v.units[u].text;
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const std::string& form : lexicon.implicit_negation) {
      for (std::size_t at = text.find(form); at != std::string::npos;
           at = text.find(form, at + 1)) {
        const std::size_t end = at + form.size();
        const bool word =
            lexicon.lang == Lang::kZh ||
            ((at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]))) &&
             (end == text.size() || !std::isalpha(static_cast<unsigned char>(text[end]))));
        if (word) return true;
      }
    }
  }
  return false;
}

std::string cue_of(const VersionAnalysis& v, const std::vector<std::size_t>& units) {
  for (std::size_t u : units) {
    if (!v.features[u].negation.empty()) return v.features[u].negation.front().form;
  }
  return "";
}

bool is_title(const CheckInput& in, const Link& l) {
  return in.zh.units[l.zh.front()].kind == UnitKind::kTitle ||
         in.en.units[l.en.front()].kind == UnitKind::kTitle;
}

}  // namespace

bool polarity_differs(const CheckInput& in, const std::vector<std::size_t>& zh_units,
                      const std::vector<std::size_t>& en_units) {
  const bool zh = has_cue(in.zh, zh_units), en = has_cue(in.en, en_units);
  if (zh == en) return false;
  if (zh) {
    return !has_prefix_negation(in, en_units) && !has_contrary(in.en, en_units) &&
           !has_implicit(in.en, en_units, in.lexicons.en);
  }
  return !has_contrary(in.zh, zh_units) && !has_implicit(in.zh, zh_units, in.lexicons.zh);
}

void polarity(const CheckInput& in, std::vector<Finding>& out) {
  for (const Link* l : in.two_sided()) {
    if (is_title(in, *l) || wrong_script(in, *l)) continue;  // reported by their own rules
    if (!polarity_differs(in, l->zh, l->en)) continue;
    const bool zh = has_cue(in.zh, l->zh);
    Finding f{"polarity", Severity::kError, "", l->zh, l->en};
    f.message = zh ? "negated in Chinese (" + cue_of(in.zh, l->zh) + ") but not in English"
                   : "negated in English (" + cue_of(in.en, l->en) + ") but not in Chinese";
    out.push_back(std::move(f));
  }
}

}  // namespace argmap::checks
