// Lexicon: the language knowledge of one language (src/lexicon/<lang>.json), embedded at build
// time or read from --lexicon DIR, validated before any stage uses it.
#pragma once

#include <cstddef>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "argmap/calibration.h"
#include "argmap/error.h"
#include "argmap/language.h"
#include "argmap/sense.h"

namespace argmap {

struct VersionMarker {
  std::string text;  // compared case-insensitively for Latin letters
  Lang lang;
};

// Knowledge the structure stage needs: markers, heading patterns, punctuation.
struct StructureLexicon {
  std::vector<VersionMarker> version_markers;
  std::vector<std::string> closing_headings;
  std::vector<std::string> section_prefixes;  // 第 / Part, Section, Chapter
  std::vector<std::string> section_suffixes;  // 节, 章, 条
  std::vector<std::string> numeral_heading_separators;
  std::vector<std::string> section_number_separators;  // after 第二节, Section 3: each once
  std::vector<std::string> marker_prefixes, marker_suffixes;  // 【中文】, （英文）：
  std::vector<std::pair<std::string, std::string>> title_brackets;
  std::vector<std::string> lead_in_endings;
  std::vector<std::string> sentence_final;
  std::size_t short_line_max = 40;  // code points
};

// Numerals: Chinese digit characters and multipliers, English number words and scales.
struct NumeralLexicon {
  std::map<std::string, long long> digits;  // 一 → 1
  std::map<std::string, long long> units;   // 十 → 10
  std::map<std::string, long long> words;   // seven → 7
  std::map<std::string, long long> scales;  // thousand → 1000
};

// A discourse connective and its PDTB-style senses, most common first.
struct Connective {
  std::string form;
  Senses senses;               // contrast, concession, cause, result, ...
  bool initial_only = false;   // counts only at the start of a clause
  bool after_subject = false;  // stands after its clause's subject (却, 则)
};

// A discontinuous connective: 不是…而是, not only…but also.
struct PairedConnective {
  std::string first;
  std::string second;
  Senses senses;
};

// A time or quantity word: value = (numeral before it, or standalone) * factor, in `unit`.
struct QuantityUnit {
  std::string form;
  std::string unit;
  double factor = 1;
  std::optional<double> standalone;
  bool prefix = false;   // comes before its numeral: 百分之四十
  double tolerance = 0;  // relative: conversions between systems of measure are rounded
};

// A kind of alignment bead (units on each side) and its cost, -log of how often it occurs.
struct BeadPrior {
  std::size_t zh = 1, en = 1;
  double cost = 0;
};

// The sentence aligner's model of a translation, from the Chinese side of the pair: a
// Gale-Church length model with Student-t tails, bead priors, the lexical evidence's odds, the
// band of the search and the lexicon learned from the document's confident links.
struct AlignmentModel {
  double length_var_floor = 0;  // var(log en/zh letters) = floor + per_letter / zh letters
  double length_var_per_letter = 0;
  double length_tail = 1;  // Student-t degrees of freedom
  double length_weight = 1;
  std::vector<BeadPrior> beads;
  double hit_if_linked = 0.5;      // P(a Chinese word's gloss is in its English counterpart)
  double idle_merge = 0;           // a merge with a unit whose content meets nothing across
  std::size_t idle_min_words = 2;  // content words a Chinese unit needs to count as idle
  double feature_weight = 0;       // weight of kind, numbers, terms, Latin tokens, punctuation
  std::size_t band = 1;            // half width of the search band, in English units
  std::size_t guided_band = 1;     // the same around a previous pass's path
  // A cell this far above its row's cheapest starts no bead (0: every cell does).
  double beam = 0;
  std::size_t long_section_units = 0;  // above this on a side, a section takes the bead search
  double learn_min_dice = 1;           // learned lexicon: word pairs at or above this Dice
  std::size_t learn_min_count = 1;
  double learn_max_cost = 0;     // links at or under this cost per unit count as confident
  std::size_t learn_passes = 1;  // passes that re-estimate the lexicon from the last pass's links
  // Later passes: weights of the document's punctuation odds at a bead's end and inside it.
  double punctuation_weight = 0, punctuation_inside_weight = 0, punctuation_smoothing = 1;
  bool has_model = false;
};

// zh.json only: how alike two sides are (the link score every link carries: a length term
// and the dictionary's, with the feature agreement), and the beads of the aligner that short
// sections take.
struct LinkModel {
  double log_ratio = 0, log_sd = 1;  // log(English letters / Chinese characters) ~ Normal
  double tail = 0;                   // length term 1 / (1 + tail * z^2): heavy-tailed
  double length_weight = 0, dictionary_weight = 0;  // against the feature agreement's weights
  std::vector<BeadPrior> beads;  // in the order the search tries them; 1-0 and 0-1 cost skip
  double skip = 0;               // per unit without a counterpart
  double idle_merge = 0;         // a 1-2 or 2-1 bead whose extra unit improves nothing
  std::size_t band = 1;          // cells either side of the diagonal
};

// Thresholds of review rules that compare the two sides of a pair (zh.json only), chosen on
// the MQM dev half (tests/eval/review.py). Without them the rules they guard stay silent.
struct ReviewThresholds {
  double close_rendering = 2;  // relation: a pair scoring this or more is rendered closely
  // polarity: a pair scoring under this is a free rendering, where an opposite word (没有分开
  // / still together) often carries the negation; its one-sided negation is only a note.
  double free_rendering = 0;
  // partial-omission/unglossed: an English side at least this many standard deviations longer
  // than the length model expects, with at least min_words content words, of which fewer than
  // max_glossed_share render a word of the Chinese side.
  double unglossed_min_length_z = 0;
  std::size_t unglossed_min_words = 0;
  double unglossed_max_glossed_share = 0;
  // partial-omission: pairs with at least min_letters on both sides, reported when the length
  // is far_z standard deviations off; a dropped clause is looked for at dropped_clause_z or
  // below, in a clause of at least clause_min_words content words. Without: silent.
  double omission_min_letters = std::numeric_limits<double>::infinity();
  double omission_far_z = 0, dropped_clause_z = 0;
  int clause_min_words = 0;
  // untranslated: a Chinese unit without Han characters and at least this many Latin letters.
  std::size_t untranslated_min_letters = std::numeric_limits<std::size_t>::max();
};

// en: a suffix rule of the stemmer (english_stem): a word ending in `suffix`, with at least
// `min_stem` letters before it and not ending in `unless_ending`, has it replaced.
struct StemRule {
  std::string suffix;       // ies
  std::string replacement;  // y
  std::size_t min_stem = 1;
  std::string unless_ending;  // ss keeps "class" from losing its s
};

// en: how a CC-CEDICT gloss becomes content-word stems (Dictionary).
struct GlossRules {
  std::vector<std::string> skip_prefixes;   // glosses that only refer elsewhere: CL:, see
  std::vector<std::string> function_words;  // words that carry no meaning of their own
  std::size_t min_letters = 1;              // shorter words carry none either
};

// Punctuation that breaks a unit into clauses, by what each break is for. Each set is one
// character per entry except main_clause, whose marks are strings ("--").
struct ClauseBreaks {
  std::u32string clauses;         // zh: a unit's clauses as anchors and partial omission count
  std::u32string connective;      // a connective after one of these opens its clause
  std::u32string negation_scope;  // a double negation's two cues stand in one such scope
  std::vector<std::string> main_clause;  // after a concession's words, open its main clause
  std::u32string parenthetical;          // after a connective, set it off (however, …)
};

// How a unit's punctuation is read (lexicon "punctuation"): closing quotes and brackets, the
// quote pairs, and the marks that end a unit, by class.
struct Punctuation {
  std::vector<std::string> closing;           // stripped as often as they occur
  std::vector<std::string> question_closing;  // after a question mark, each once, in order
  std::vector<std::pair<std::string, std::string>> quote_pairs;  // open, close
  std::vector<std::string> stop, question, exclaim, comma, semicolon, colon;
};

struct Lexicon {
  Lang lang = Lang::kZh;
  ClauseBreaks clause_breaks;
  Punctuation punctuation;
  GlossRules glosses;                // en.json only
  std::vector<StemRule> stem_rules;  // en.json only, tried in order; the first that applies
  AlignmentModel alignment;          // zh.json only
  LinkModel link;                    // zh.json only, required
  ReviewThresholds review;           // zh.json only
  StructureLexicon structure;
  NumeralLexicon numerals;
  std::vector<Connective> connectives;
  std::vector<PairedConnective> paired;
  std::vector<std::string> negation;
  std::vector<std::string> non_negation;       // contain a negation cue but do not negate
  std::vector<std::string> negation_prefixes;  // non-, un-: negate the word they begin
  std::vector<std::string> hedges;
  std::vector<std::string> claim_cues;
  std::vector<std::string> thesis_cues;          // the strongest claim cues: should, 必须
  std::vector<std::string> view_cues;            // report a view the author goes on to reject
  std::vector<std::string> stance_cues;          // first-person stance: I agree, 在我看来
  std::vector<std::string> plan_cues;            // the text's plan: this essay will, 本文将
  std::vector<std::string> summary_cues;         // sums up: the reasons above, 综上所述
  std::vector<std::string> non_cues;             // no position: I think of, 让我觉得
  std::vector<std::string> concession_counters;  // nevertheless, 仍然: open the author's side
  std::vector<std::string>
      continuing_subjects;  // they, 他们: a clause that goes on about its subject
  std::vector<QuantityUnit> quantity_units;
  std::vector<std::string> measure_words;         // 个, 种: a numeral before one counts things
  std::vector<std::string> stopwords;             // function words, left out of term statistics;
                                                  // sorted when the lexicon is read
  std::vector<std::string> implicit_negation;     // less than, 避免: negation without a cue
  std::vector<std::string> approximate_markers;   // 几十: the numeral after is approximate
  std::vector<std::string> approximate_suffixes;  // 十多: the numeral before is approximate
  std::vector<std::string> ordinal_markers;       // 第一: the numeral after is an ordinal
  std::vector<std::string> fraction_markers;  // 三分之一: the numeral before is a denominator
  std::vector<std::string> term_breakers;     // 的, 是: never inside a term
  // Polarity, told apart by kind: X不X asks (会不会); two negations affirm (不得不, cannot
  // help); a rhetorical question negates to affirm (难道不…吗); 除了 is rendered "without".
  std::vector<std::string> a_not_a;
  std::vector<std::string> double_negation;
  // Two cues apart in one unit that affirm together (非…不可 must, cannot … without).
  std::vector<std::pair<std::string, std::string>> double_negation_pairs;
  std::vector<std::string> rhetorical_negation;
  std::vector<std::string> affix_negation;     // zh: a cue that negates the word it begins (无痛)
  std::vector<std::string> negation_suffixes;  // en: -less (painless)
  // en: letters a word needs beyond a negation prefix (its hyphen counts) or suffix.
  std::size_t negation_prefix_min_rest = 0, negation_suffix_min_rest = 0;
  // en: letters a word needs to count as content in term statistics (shorter: of, AI).
  std::size_t term_min_letters = 0;
  // zh: a dictionary word this many characters long is an idiom (自不量力): a negation cue
  // inside it negates the word, not the clause.
  std::size_t idiom_min_chars = 0;
  // en: the endings of a word a negation prefix negates (unsupport-ed, unpredict-ably).
  std::vector<std::string> negated_word_endings;
  std::vector<std::string> exception_markers;    // zh: 除了 (its rendering may say "without")
  std::vector<std::string> exception_negations;  // en: the cues such a rendering uses
  // Openers of spoken narration (So, And): where at least spoken_min_count units and
  // spoken_min_share of them open with one, such an opener only goes on.
  std::vector<std::string> spoken_openers;
  std::size_t spoken_min_count = 0;
  double spoken_min_share = 0;
};

// The role model's weights (src/lexicon/roles.json), shared by both languages: feature name →
// weight, one map per decision.
// Weights by feature name; looked up by string_view (a feature's name) without a copy.
using Weights = std::map<std::string, double, std::less<>>;

struct RoleWeights {
  Weights major;  // ranks the thesis candidates of a text
  Weights claim;  // above zero: claim, else premise
  // In an essay, the runner-up of the introduction or the conclusion, scored above zero and
  // within this margin of the part's best, states the thesis too; none: only the best does.
  std::optional<double> second_thesis_margin;
};

struct Lexicons {
  Lexicon zh;
  Lexicon en;
  RoleWeights roles;
  Calibration calibration = {};  // how sure each kind of finding is (calibration.json)
  const Lexicon& of(Lang lang) const { return side(*this, lang); }
};

// The lexicons built into the binary.
Result<Lexicons> builtin_lexicons();
// zh.json, en.json and roles.json from dir (the --lexicon option); the built-in roles.json when
// dir has none.
Result<Lexicons> load_lexicons(const std::string& dir);
// Parses one lexicon file's text; `name` labels errors.
Result<Lexicon> parse_lexicon(std::string_view json_text, const std::string& name);
Result<RoleWeights> parse_role_weights(std::string_view json_text, const std::string& name);

}  // namespace argmap
