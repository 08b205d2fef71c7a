// Untranslated text: an English unit still written in Chinese, Chinese characters left inside
// English text, and a Chinese unit written wholly in English (the source left as the English
// draft, or the translation pasted over it).
#include <algorithm>

#include "argmap/checks/rules.h"
#include "argmap/text.h"

namespace argmap::checks {
namespace {

void english_units(const CheckInput& in, std::vector<Finding>& out) {
  for (std::size_t u = 0; u < in.en.units.size(); ++u) {
    const ScriptCounts& c = in.scripts.en[u];
    if (c.han == 0) continue;
    const bool whole = c.han * 3 >= c.latin;
    Finding f{"untranslated", whole ? Severity::kError : Severity::kWarning, "", {}, {u}};
    f.zh = in.link(Lang::kEn, u).zh;
    const ByLang<const char*> whole_unit{"this English unit is still in Chinese",
                                         "this English unit is written in Chinese"};
    f.message = whole
                    ? whole_unit[in.source]
                    : "Chinese characters left in the English text (" + std::to_string(c.han) + ")";
    out.push_back(std::move(f));
  }
}

void chinese_units(const CheckInput& in, std::vector<Finding>& out) {
  for (std::size_t u = 0; u < in.zh.units.size(); ++u) {
    const ScriptCounts& c = in.scripts.zh[u];
    if (c.han > 0 || c.latin < in.lexicons.zh.review.untranslated_min_letters) continue;
    Finding f{"untranslated",
              Severity::kError,
              ByLang<const char*>{"this Chinese unit is written in English",
                                  "this Chinese unit is still in English"}[in.source],
              {u},
              {}};
    f.en = in.link(Lang::kZh, u).en;
    out.push_back(std::move(f));
  }
}

}  // namespace

bool wrong_script(const CheckInput& in, const Link& l) {
  const bool en = std::any_of(l.en.begin(), l.en.end(), [&in](std::size_t u) {
    const ScriptCounts& c = in.scripts.en[u];
    return c.han > 0 && c.han * 3 >= c.latin;
  });
  return en || std::any_of(l.zh.begin(), l.zh.end(), [&in](std::size_t u) {
           const ScriptCounts& c = in.scripts.zh[u];
           return c.han == 0 && c.latin >= in.lexicons.zh.review.untranslated_min_letters;
         });
}

void untranslated(const CheckInput& in, std::vector<Finding>& out) {
  english_units(in, out);
  chinese_units(in, out);
}

}  // namespace argmap::checks
