// Major claim: the two theses (the titles) compared by their anchors — Latin tokens such as AGI,
// numbers, negation and dictionary-free content words that one side drops.
#include <algorithm>
#include <utility>

#include "argmap/anchors.h"
#include "argmap/checks/rules.h"
#include "argmap/text.h"

namespace argmap::checks {
namespace {

std::optional<std::size_t> major_claim_title(const VersionAnalysis& v) {
  for (std::size_t u = 0; u < v.units.size(); ++u) {
    if (v.graph.roles[u] == Role::kMajorClaim && v.graph.role_rules[u] == "title.major_claim")
      return u;
  }
  return std::nullopt;
}

// Latin tokens of the Chinese title (AGI) missing from the English one's text.
std::vector<std::string> missing_latin(const Anchors& zh, const std::string& en) {
  std::vector<std::string> out;
  const std::string en_lower = lower_ascii(en);
  for (const std::string& word : zh.latin) {
    if (en_lower.find(lower_ascii(word)) == std::string::npos) out.push_back(word);
  }
  return out;
}

// Content words of the Chinese title that the English title does not render (产生 in
// 《为什么堆算力无法产生 AGI》 against "Why Scaling Compute Will Inevitably Hit a Wall"), each
// once, and how many distinct content words the title has.
std::pair<std::vector<std::string>, std::size_t> unrendered_words(const CheckInput& in,
                                                                  std::size_t zh, std::size_t en) {
  const std::vector<WordMatch> m = content_word_matches(in.alignment.anchors, zh, {en});
  const std::vector<WordPlace>& words = in.alignment.anchors.zh[zh].places;
  const std::string_view text = in.zh.units[zh].text;
  std::vector<std::string> content, rendered, missing;
  for (std::size_t w = 0; w < m.size(); ++w) {
    if (m[w] == WordMatch::kNoContent) continue;
    content.emplace_back(word_text(text, words[w]));
    if (m[w] == WordMatch::kRendered) rendered.emplace_back(word_text(text, words[w]));
  }
  for (const std::string& w : content) {
    const bool seen = std::find(missing.begin(), missing.end(), w) != missing.end();
    if (!seen && std::find(rendered.begin(), rendered.end(), w) == rendered.end())
      missing.push_back(w);
  }
  std::sort(content.begin(), content.end());
  content.erase(std::unique(content.begin(), content.end()), content.end());
  return {missing, content.size()};
}

// Content words add to a difference already found, or make one when half or more are not
// rendered: a free rendering of one word ("维持" as "run on") is not a different thesis.
void add_unrendered(const CheckInput& in, std::size_t zh, std::size_t en,
                    std::vector<std::string>& differences) {
  const auto [missing, content] = unrendered_words(in, zh, en);
  const bool most = 2 * missing.size() >= content;
  if (missing.empty() || (differences.empty() && !most)) return;
  std::string words;
  for (const std::string& w : missing) words += (words.empty() ? "" : "、") + w;
  differences.push_back("the English title does not render " + words);
}

}  // namespace

void major_claim(const CheckInput& in, std::vector<Finding>& out) {
  const auto zh = major_claim_title(in.zh), en = major_claim_title(in.en);
  if (!zh || !en) return;
  std::vector<std::string> differences;
  for (const std::string& w : missing_latin(in.alignment.anchors.zh[*zh], in.en.units[*en].text)) {
    differences.push_back("“" + w + "” is not in the English title");
  }
  const auto& zf = in.zh.features[*zh].negation;
  const auto& ef = in.en.features[*en].negation;
  if (polarity_differs(in, {*zh}, {*en})) {
    differences.push_back(zf.empty()
                              ? "only the English title is negated (" + ef.front().form + ")"
                              : "only the Chinese title is negated (" + zf.front().form + ")");
  }
  if (in.zh.features[*zh].question != in.en.features[*en].question) {
    differences.push_back("only one title is a question");
  }
  add_unrendered(in, *zh, *en, differences);
  if (differences.empty()) return;
  Finding f{
      "major-claim", Severity::kWarning, "the two titles state different theses: ", {*zh}, {*en}};
  for (std::size_t i = 0; i < differences.size(); ++i)
    f.message += (i ? "; " : "") + differences[i];
  out.push_back(std::move(f));
}

}  // namespace argmap::checks
