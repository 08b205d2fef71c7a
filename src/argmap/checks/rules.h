// The review rules, one module each under checks/; check.cc lists them in check_rules().
// Each appends its findings; none reads another's.
#pragma once

#include <vector>

#include "argmap/checks/input.h"

namespace argmap::checks {

void omission(const CheckInput& in, std::vector<Finding>& out);
void addition(const CheckInput& in, std::vector<Finding>& out);
void partial_omission(const CheckInput& in, std::vector<Finding>& out);
void polarity(const CheckInput& in, std::vector<Finding>& out);
void relation(const CheckInput& in, std::vector<Finding>& out);
void connective(const CheckInput& in, std::vector<Finding>& out);
void role(const CheckInput& in, std::vector<Finding>& out);
void number(const CheckInput& in, std::vector<Finding>& out);
void enumeration(const CheckInput& in, std::vector<Finding>& out);
void sections(const CheckInput& in, std::vector<Finding>& out);
void untranslated(const CheckInput& in, std::vector<Finding>& out);
void glossary_terms(const CheckInput& in, std::vector<Finding>& out);
void term_consistency(const CheckInput& in, std::vector<Finding>& out);
void major_claim(const CheckInput& in, std::vector<Finding>& out);
// Shared by polarity and major-claim: one side negated, the other not, with no implicit
// negation (less than, 避免) or contrary turn (而是, instead) to answer it.
bool polarity_differs(const CheckInput& in, const std::vector<std::size_t>& zh,
                      const std::vector<std::size_t>& en);

// Shared: a link with an English unit still in Chinese or a Chinese unit in English. The
// untranslated rule reports it; comparing its cues, numbers or lengths means nothing.
bool wrong_script(const CheckInput& in, const Link& l);

void question(const CheckInput& in, std::vector<Finding>& out);
void emphasis(const CheckInput& in, std::vector<Finding>& out);

}  // namespace argmap::checks
