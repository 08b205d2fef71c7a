// OriginalText: puts the user's own characters back into an analysis that was made on a
// Simplified copy of its inputs (same byte layout), so every output shows what the user wrote.
#pragma once

#include <vector>

#include "argmap/document.h"
#include "argmap/finding.h"
#include "argmap/version_analysis.h"

namespace argmap {

// The analysis (doc, versions, findings) was made from copies of `originals` whose bytes differ
// only character for character, at the same offsets. Gives back the inputs and rewrites every
// text taken from them: block and unit texts, cue and connective forms, quotes, relation
// markers, role notes and the words that finding messages quote.
void restore_original_text(Document& doc, std::vector<VersionAnalysis>& versions,
                           std::vector<Finding>& findings, std::vector<Input> originals);

}  // namespace argmap
