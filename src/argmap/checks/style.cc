// Question against statement, and emphasis in one version only: minor differences, each kind
// reported once with all the units it concerns.
#include "argmap/checks/rules.h"

namespace argmap::checks {
namespace {

bool any_question(const VersionAnalysis& v, const std::vector<std::size_t>& units) {
  for (std::size_t u : units) {
    if (v.features[u].question) return true;
  }
  return false;
}

bool any_emphasis(const VersionAnalysis& v, const std::vector<std::size_t>& units) {
  for (std::size_t u : units) {
    if (v.units[u].strong || v.units[u].emph) return true;
  }
  return false;
}

// One finding per direction for a property present on one side of a link only.
template <class Has>
void one_sided(const CheckInput& in, const char* code, Has has, const std::string& what,
               std::vector<Finding>& out) {
  Finding zh_only{code, Severity::kInfo, "", {}, {}}, en_only{code, Severity::kInfo, "", {}, {}};
  for (const Link* l : in.two_sided()) {
    const bool z = has(in.zh, l->zh), e = has(in.en, l->en);
    if (z == e) continue;
    Finding& f = z ? zh_only : en_only;
    f.zh.insert(f.zh.end(), l->zh.begin(), l->zh.end());
    f.en.insert(f.en.end(), l->en.begin(), l->en.end());
  }
  for (Finding* f : {&zh_only, &en_only}) {
    if (f->zh.empty()) continue;
    const std::size_t n = f == &zh_only ? f->zh.size() : f->en.size();
    f->message = what + " in " + (f == &zh_only ? "Chinese" : "English") + " only (" +
                 std::to_string(n) + (n == 1 ? " unit)" : " units)");
    out.push_back(std::move(*f));
  }
}

}  // namespace

void question(const CheckInput& in, std::vector<Finding>& out) {
  one_sided(in, "question", any_question, "a question", out);
}

void emphasis(const CheckInput& in, std::vector<Finding>& out) {
  one_sided(in, "emphasis", any_emphasis, "bold or italic emphasis", out);
}

}  // namespace argmap::checks
