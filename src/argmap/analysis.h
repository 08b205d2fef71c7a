// Analysis: the pipeline's value for a set of inputs — the document, each language version's
// analysis and their alignment. Built by analyse(), a pure function of inputs and options.
#pragma once

#include <vector>

#include "argmap/alignment.h"
#include "argmap/document.h"
#include "argmap/finding.h"
#include "argmap/han_script.h"
#include "argmap/lexicon.h"
#include "argmap/segmentation.h"
#include "argmap/structure.h"
#include "argmap/version_analysis.h"

namespace argmap {

struct Analysis {
  Document doc;
  std::vector<VersionAnalysis> versions;  // Chinese first when present
  std::optional<Alignment> alignment;     // when asked for and both versions exist
  std::vector<Finding> findings;          // from the checks, when asked for
  bool checked = false;                   // the checks ran
  Lang source = Lang::kZh;                // the original (--source); the other is the translation
  ZhScript zh_script = ZhScript::kHans;   // detected, or as the user said
  std::string zh_locale = "zh-CN";        // language tag of the Chinese side in TMX and XLIFF:
                                          // zh-CN (Simplified), zh-Hant, or --zh-locale
  const VersionAnalysis* find(Lang lang) const;
  // The language tag of a side in TMX and XLIFF: zh_locale or "en".
  std::string tag(Lang lang) const { return ByLang<std::string>{zh_locale, "en"}[lang]; }
};

struct AnalyseOptions {
  SplitOptions split;
  bool align = false;
  bool check = false;                 // run the review checks (needs align)
  AnchorResources resources;          // dictionary and glossary for the alignment, both optional
  Lang source = Lang::kZh;            // --source: which version is the original
  std::optional<ZhScript> zh_script;  // --zh-script; detected from the text when absent
  std::string zh_locale;              // --zh-locale (zh-TW, zh-HK, ...); else from the script
  unsigned threads = 1;  // up to this many threads for one analysis; outputs do not depend on it
};

// Traditional characters are read through a Simplified copy of the inputs with the same byte
// layout; every output shows the user's own characters (see original_text.h).

Result<Analysis> analyse(std::vector<Input> inputs, const AnalyseOptions& options,
                         const Lexicons& lexicons);

}  // namespace argmap
