// The segmentation floor for `make bench`: read the given files and run ICU's sentence and word
// break iterators over their bytes (UTF-8, no copy), as any segmenting tool must at least do.
// Prints the seconds taken and the boundaries found.
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

namespace {

std::size_t count_breaks(icu::BreakIterator& it, UText* text) {
  UErrorCode status = U_ZERO_ERROR;
  it.setText(text, status);
  std::size_t n = 0;
  for (int32_t b = it.first(); b != icu::BreakIterator::DONE; b = it.next()) ++n;
  return n;
}

std::size_t segment_file(const char* path, icu::BreakIterator& sentences,
                         icu::BreakIterator& words) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  const std::string bytes = s.str();
  UErrorCode status = U_ZERO_ERROR;
  UText* text = utext_openUTF8(nullptr, bytes.data(), static_cast<int64_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return 0;
  const std::size_t n = count_breaks(sentences, text) + count_breaks(words, text);
  utext_close(text);
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  const auto start = std::chrono::steady_clock::now();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale("zh"), status));
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
  if (U_FAILURE(status)) return 70;
  std::size_t boundaries = 0;
  for (int i = 1; i < argc; ++i) boundaries += segment_file(argv[i], *sentences, *words);
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  std::printf("%.4f %zu\n", took.count(), boundaries);
  return 0;
}
