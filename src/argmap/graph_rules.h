// Graph rules: the table of the rules that draw the argument graph's relations — the id each
// relation carries (its `rule`) and the confidence it is drawn with, declared once.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace argmap {

// The relation rules, in the order graph.cc tries them.
enum class GraphRule : unsigned char {
  kThesisRestated,
  kThesisAlso,
  kClosingRestatesThesis,
  kTitlePrompt,
  kClosingHeading,
  kSectionClaim,
  kSubheading,
  kListItemSupportsLead,
  kListItemDefault,
  kAnswersWithin,
  kCauseSupportsPrevious,
  kExampleSupportsPrevious,
  kAdditionParallel,
  kAdditionAfterAttack,
  kRebutsPrevious,
  kConcededView,
  kConcessionExchange,
  kConcessionConcedes,
  kReportedOpposingView,
  kLeadInContent,
  kConclusionRestatesThesis,
  kResultSupportsSection,
  kResultConcludesFromPrevious,
  kCorrectionClaim,
  kCueClaim,
  kDefaultSectionClaim,
  kDefaultCycleCut,
  kCount,
};

struct RelationRule {
  GraphRule rule;
  const char* id;     // the relation's `rule` in every export: contrast.rebuts_previous
  double confidence;  // of every relation the rule draws
  const char* help;   // what it links, one line
};

constexpr std::size_t kGraphRuleCount = static_cast<std::size_t>(GraphRule::kCount);

const std::array<RelationRule, kGraphRuleCount>& relation_rules();
const RelationRule& relation_rule(GraphRule rule);

// Rules that link a unit only because nothing more specific applied; a later contrastive turn
// may reinterpret such a unit as a conceded, opposing view.
bool is_default_rule(std::string_view id);

}  // namespace argmap
