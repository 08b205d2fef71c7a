// RoleModel: the linear scores that decide the major claim and the claims — named features per
// candidate unit (position, kind, title form, cues, restatement, the rules' reading) times weights.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "argmap/error.h"
#include "argmap/features.h"
#include "argmap/lexicon.h"
#include "argmap/segmentation.h"
#include "argmap/structure.h"

namespace argmap {

// The rules' first reading of a unit, made before any thesis is chosen.
struct RuleReading {
  bool claim = false;      // a rule gave it the claim role
  bool attacks = false;    // its relation attacks
  bool supports = false;   // its relation supports another unit
  bool to_thesis = false;  // its relation goes to the thesis (the section's claim)
  double confidence = 0;   // of its relation; 0 when it has none
  std::size_t supporters = 0;
};

struct FeatureValue {
  std::string_view name;  // a literal or a built name kept for the whole process
  double value = 0;
};

struct Term {
  std::string feature;
  double value = 0;
  double contribution = 0;  // value × weight
};

struct RoleScore {
  bool candidate = false;  // titles, sentences and list items; headings are decided by rules
  std::vector<FeatureValue> features;  // non-zero values, in a fixed order
  double major = 0;
  double claim = 0;
};

constexpr std::size_t kNoParagraph = static_cast<std::size_t>(-1);

// The text's form: its paragraphs (blocks that are neither title nor heading), whether headings
// divide it into sections, its title.
struct TextForm {
  std::vector<std::size_t> paragraph;  // per unit; kNoParagraph for titles and headings
  std::vector<bool> paragraph_first, paragraph_last;
  std::size_t paragraphs = 0;
  std::size_t sentences = 0;  // units in paragraphs
  bool sectioned = false;
  std::size_t title = kNoParagraph;  // unit index of the title, if any
  // Introduction, body and conclusion: three or more paragraphs of two sentences on average.
  bool essay() const { return paragraphs >= 3 && sentences >= 2 * paragraphs; }
  bool intro(std::size_t u) const { return essay() && paragraph[u] == 0; }
  bool conclusion(std::size_t u) const { return essay() && paragraph[u] == paragraphs - 1; }
};

TextForm text_form(const Structure& structure, const std::vector<Unit>& units);

// Each unit's features and scores; a unit that is no candidate has no features.
std::vector<RoleScore> score_roles(const TextForm& form, const std::vector<Unit>& units,
                                   const std::vector<Features>& features,
                                   const std::vector<RuleReading>& rules,
                                   const RoleWeights& weights);

// The terms of one score, largest contribution first, at most `limit`.
std::vector<Term> deciding_terms(const RoleScore& score, const Weights& w, std::size_t limit);

}  // namespace argmap
