#include "argmap/check.h"

#include <algorithm>

#include "argmap/checks/rules.h"
#include "argmap/second_thread.h"
#include "argmap/text.h"

namespace argmap {

const std::vector<CheckRule>& check_rules() {
  using namespace checks;  // NOLINT: the rule table
  static const std::vector<CheckRule> rules = {
      {"omission", Severity::kError, "Omission",
       "A unit of the original (Chinese unless --source en) has no counterpart in the translation.",
       omission},
      {"addition", Severity::kWarning, "Addition",
       "A unit of the translation has no counterpart in the original.", addition},
      {"partial-omission", Severity::kWarning, "Partial omission",
       "An aligned pair whose lengths differ far beyond the usual Chinese-English ratio.",
       partial_omission, "clause unglossed shorter longer"},
      {"polarity", Severity::kError, "Polarity", "Negation on one side of an aligned pair only.",
       polarity, "zh-only en-only free-rendering"},
      {"relation", Severity::kWarning, "Argument relation",
       "An attack in one graph that is a support, or nothing, in the other.", relation,
       "marker-missing kind-changed"},
      {"connective", Severity::kWarning, "Connective sense",
       "A contrast, concession, cause or result connective whose sense changed in translation.",
       connective},
      {"role", Severity::kWarning, "Argumentative role",
       "Aligned units where one is a claim and the other a premise.", role, "thesis-moved"},
      {"number", Severity::kError, "Numbers",
       "Numbers or quantities that differ between aligned units.", number, "one-sided differs"},
      {"enumeration", Severity::kWarning, "Enumeration",
       "Lists of different lengths, or a list in one version rendered as prose in the other.",
       enumeration},
      {"structure", Severity::kError, "Sections",
       "Sections missing, added or reordered, and section numbers that skip or disagree.",
       sections},
      {"untranslated", Severity::kError, "Untranslated text",
       "An English unit still in Chinese, Chinese characters left in English text, or a Chinese "
       "unit written in English.",
       untranslated},
      {"terminology", Severity::kWarning, "Terminology",
       "A glossary term whose aligned English unit uses none of its translations, or several "
       "translations "
       "of one term.",
       glossary_terms},
      {"term-consistency", Severity::kInfo, "Term consistency",
       "A key Chinese term (in the title or a heading) rendered by its usual English word in most "
       "units but not in "
       "some.",
       term_consistency, "", true},
      {"major-claim", Severity::kWarning, "Major claim",
       "The two theses (titles) differ in their anchors.", major_claim},
      {"question", Severity::kInfo, "Question",
       "A question in one version is a statement in the other.", question},
      {"emphasis", Severity::kInfo, "Emphasis", "Bold or italic in one version only.", emphasis},
  };
  return rules;
}

namespace {

// "all", a rule's code, or a rule's code and one of its cases ("number/one-sided").
bool known_case(const std::string& key) {
  if (key == "all") return true;
  const std::size_t slash = key.find('/');
  const std::string_view code = std::string_view(key).substr(0, slash);
  for (const CheckRule& r : check_rules()) {
    if (r.code != code) continue;
    if (slash == std::string::npos) return true;
    const std::string name = " " + key.substr(slash + 1) + " ";
    return (" " + std::string(r.cases) + " ").find(name) != std::string::npos;
  }
  return false;
}

}  // namespace

std::optional<Error> unknown_calibration_case(const Calibration& table) {
  for (const auto& entry : table.cases) {
    if (known_case(entry.first)) continue;
    Error e;
    e.file = table.file;
    e.message = "invalid calibration table: case \"" + entry.first +
                "\" names no rule of the review, or no case of its rule";
    return e;
  }
  return std::nullopt;
}

namespace {

// Each rule's findings, in the table's order: the rules that read the key terms after these
// are worked out, on a second thread when one may be had; the others meanwhile.
std::vector<Finding> findings_of_rules(CheckInput& input,
                                       const std::function<KeyTerms()>& key_terms_of,
                                       unsigned threads) {
  const std::vector<CheckRule>& rules = check_rules();
  std::vector<std::vector<Finding>> found(rules.size());
  const auto run = [&](bool reading_terms) {
    for (std::size_t r = 0; r < rules.size(); ++r)
      if (rules[r].reads_key_terms == reading_terms) rules[r].run(input, found[r]);
  };
  const auto with_terms = [&] {
    input.key_terms = key_terms_of();  // no rule of the other thread reads it
    run(true);
  };
  for_each_index(2, threads, [&](std::size_t part) { part == 0 ? run(false) : with_terms(); });
  std::vector<Finding> out;
  for (std::vector<Finding>& f : found)
    out.insert(out.end(), std::make_move_iterator(f.begin()), std::make_move_iterator(f.end()));
  return out;
}

}  // namespace

std::vector<Finding> run_checks(CheckInput input, const std::function<KeyTerms()>& key_terms_of,
                                unsigned threads) {
  std::vector<Finding> out = findings_of_rules(input, key_terms_of, threads);
  for (Finding& f : out) calibrate(input.lexicons.calibration, f);
  // Document order: the alignment link of the finding's first unit.
  auto key = [&input](const Finding& f) {
    if (!f.zh.empty()) return input.link_of(Lang::kZh, f.zh.front());
    if (!f.en.empty()) return input.link_of(Lang::kEn, f.en.front());
    return static_cast<std::size_t>(-1);
  };
  std::stable_sort(out.begin(), out.end(), [&key](const Finding& a, const Finding& b) {
    return key(a) != key(b) ? key(a) < key(b) : a.code < b.code;
  });
  return out;
}

}  // namespace argmap
