// PathBead search: the cheapest chain of beads (1-1 up to 4-1 and 1-4, 1-0, 0-1) between two unit
// lists, through a band that follows a guide path or the search's own best cells: linear time.
#pragma once

#include <cstddef>
#include <vector>

#include "argmap/anchors.h"
#include "argmap/lexicon.h"
#include "argmap/punctuation_odds.h"

namespace argmap {

struct BeadSearchInput {
  const AnchorSet* anchors = nullptr;
  const AlignmentModel* model = nullptr;
  std::vector<std::size_t> zh, en;  // unit indices, in order
  bool dictionary = false;
  double log_ratio = 0;  // mean log(English letters / Chinese letters) of the document
  // Per row (Chinese position 0..n), the English position a previous pass's path had there;
  // empty: the band follows the cheapest cell of the row before.
  std::vector<std::size_t> guide;
  // A previous pass's punctuation odds; null: end punctuation only as the features weigh it.
  const PunctuationOdds* punctuation = nullptr;
  unsigned threads = 1;  // up to this many; the path does not depend on it
};

struct PathBead {
  std::size_t zh_begin = 0, zh_count = 0;  // positions in the input's lists
  std::size_t en_begin = 0, en_count = 0;
  double cost = 0;
};

struct BeadPath {
  std::vector<PathBead> beads;      // in order, covering both lists
  std::vector<std::size_t> centre;  // per row 0..n, the English position of the path there
};

BeadPath search_beads(const BeadSearchInput& in);

// The log ratio a document's letters have: log(English letters / Chinese letters), 0 when a
// side has none.
double document_log_ratio(const AnchorSet& a);

}  // namespace argmap
