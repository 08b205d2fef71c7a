// The segmentation floor's inner loop, shared by `make bench`'s floor executable and the
// Google Benchmark of reading: every boundary of one ICU break iterator over UTF-8 text.
#pragma once

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cstddef>

namespace argmap::bench {

inline std::size_t count_breaks(icu::BreakIterator& it, UText* text) {
  UErrorCode status = U_ZERO_ERROR;
  it.setText(text, status);
  std::size_t n = 0;
  for (int32_t b = it.first(); b != icu::BreakIterator::DONE; b = it.next()) ++n;
  return n;
}

}  // namespace argmap::bench
