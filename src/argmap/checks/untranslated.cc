// Untranslated text: an English unit still written in Chinese, or Chinese characters left
// inside English text.
#include "argmap/checks/rules.h"
#include "argmap/text.h"

namespace argmap::checks {

void untranslated(const CheckInput& in, std::vector<Finding>& out) {
  for (std::size_t u = 0; u < in.en.units.size(); ++u) {
    const ScriptCounts c = count_scripts(in.en.units[u].text);
    if (c.han == 0) continue;
    const bool whole = c.han * 3 >= c.latin;
    Finding f{"untranslated", whole ? Severity::kError : Severity::kWarning, "", {}, {u}};
    const Link& link = in.alignment.links[in.en_link[u]];
    f.zh = link.zh;
    f.message = whole
                    ? "this English unit is still in Chinese"
                    : "Chinese characters left in the English text (" + std::to_string(c.han) + ")";
    out.push_back(std::move(f));
  }
}

}  // namespace argmap::checks
