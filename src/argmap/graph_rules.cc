#include "argmap/graph_rules.h"

namespace argmap {
namespace {

using R = GraphRule;

constexpr std::array<RelationRule, kGraphRuleCount> kRules = {{
    {R::kThesisRestated, "thesis.restated", 0.6,
     "the thesis restated at the essay's other end supports the thesis"},
    {R::kThesisAlso, "thesis.also", 0.5,
     "a second sentence of the same part of an essay, scored nearly as high, states the thesis "
     "with it"},
    {R::kClosingRestatesThesis, "thesis.closing_restates", 0.6,
     "the last sentence of a closing section restates the thesis"},
    {R::kTitlePrompt, "title.prompt", 0.3, "a title that is not the thesis sets the topic"},
    {R::kClosingHeading, "heading.closing", 0.5, "a closing section's heading"},
    {R::kSectionClaim, "section.claim_supports_thesis", 0.9,
     "a section's heading states a claim for the thesis"},
    {R::kSubheading, "heading.subheading", 0.3,
     "a subheading introduces part of its section's argument"},
    {R::kListItemSupportsLead, "list.item_supports_lead", 0.8,
     "a list item supports the lead-in of its list"},
    {R::kListItemDefault, "list.item_default", 0.5,
     "a list item without a lead-in supports its section's claim"},
    {R::kAnswersWithin, "contrast.answers_within", 0.5,
     "a point and its rebuttal in one unit (X, but that hardly counts)"},
    {R::kCauseSupportsPrevious, "cause.supports_previous", 0.75,
     "because / 因为: a reason for the previous unit"},
    {R::kExampleSupportsPrevious, "example.supports_previous", 0.75,
     "for example / 例如: an example for the previous unit"},
    {R::kAdditionParallel, "addition.parallel", 0.55,
     "moreover / 此外: another reason beside a supporting unit"},
    {R::kAdditionAfterAttack, "addition.after_attack", 0.55,
     "moreover after an answered attack: one more reason for the claim"},
    {R::kRebutsPrevious, "contrast.rebuts_previous", 0.75,
     "but / 但: a turn against the view just stated"},
    {R::kConcededView, "contrast.conceded_view", 0.6,
     "the view a turn answers, linked by default before, is conceded against the claim"},
    {R::kConcessionExchange, "concession.exchange", 0.55,
     "although X, Y / 虽然…但…: a concession and the author's answer"},
    {R::kConcessionConcedes, "concession.concedes", 0.6,
     "admittedly / 诚然: a point conceded against the claim"},
    {R::kReportedOpposingView, "view.reported_opposing", 0.65,
     "some argue / 有人认为: a view the author goes on to reject"},
    {R::kLeadInContent, "lead_in.content", 0.7, "what a lead-in (ending in a colon) announces"},
    {R::kConclusionRestatesThesis, "conclusion.restates_thesis", 0.6,
     "in conclusion / 总之: the thesis drawn again"},
    {R::kResultSupportsSection, "result.claim_supports_section", 0.6,
     "therefore / 因此: a conclusion for its section's claim"},
    {R::kResultConcludesFromPrevious, "result.concludes_from_previous", 0.65,
     "the unit a conclusion is drawn from supports it"},
    {R::kCorrectionClaim, "correction.claim", 0.6, "not X but Y / 不是…而是: a corrected claim"},
    {R::kCueClaim, "cue.claim", 0.55, "a claim cue (must, 必须) makes a claim for the section"},
    {R::kDefaultSectionClaim, "default.section_claim", 0.4,
     "nothing more specific: a premise of its section's claim"},
    {R::kDefaultCycleCut, "default.cycle_cut", 0.2,
     "a relation that would close a cycle goes to the thesis instead"},
}};

constexpr bool in_enum_order() {
  for (std::size_t i = 0; i < kRules.size(); ++i) {
    if (static_cast<std::size_t>(kRules[i].rule) != i) return false;
  }
  return true;
}
static_assert(in_enum_order(), "the rule table lists every GraphRule once, in the enum's order");

}  // namespace

const std::array<RelationRule, kGraphRuleCount>& relation_rules() { return kRules; }

const RelationRule& relation_rule(GraphRule rule) { return kRules[static_cast<std::size_t>(rule)]; }

bool is_default_rule(std::string_view id) {
  return id.starts_with("default.") || id == relation_rule(R::kAdditionParallel).id;
}

}  // namespace argmap
