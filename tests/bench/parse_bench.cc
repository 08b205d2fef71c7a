// Benchmarks of reading a bilingual file (read + split + structure + segment) beside ICU's bare
// sentence and word break over the same bytes: the cost of argmap's own work over ICU's.
#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <string>

#include "argmap/document.h"
#include "argmap/lexicon.h"
#include "argmap/segmentation.h"
#include "argmap/structure.h"
#include "tests/bench/bench_input.h"
#include "tests/bench/floor/icu_breaks.h"

namespace {

// read + split + structure + segment, as `argmap parse` does before the graph.
std::size_t read_structure_segment(const std::string& bytes, const argmap::Lexicons& lexicons) {
  std::vector<argmap::Input> inputs{*argmap::make_input("essay.txt", bytes)};
  auto doc = argmap::split_versions(std::move(inputs), argmap::SplitOptions{}, lexicons);
  std::size_t units = 0;
  for (const argmap::Version& v : doc->versions) {
    const argmap::Structure s =
        argmap::build_structure(*doc, v, lexicons.of(v.lang), argmap::UnitMode::kAuto);
    units += argmap::segment(*doc, s, argmap::UnitMode::kAuto).size();
  }
  return units;
}

void BM_ReadStructureSegment(benchmark::State& state) {
  const std::string bytes = argmap::bench::repeated_bilingual(static_cast<int>(state.range(0)));
  const argmap::Lexicons lexicons = *argmap::builtin_lexicons();
  std::size_t units = 0;
  for (auto _ : state) benchmark::DoNotOptimize(units = read_structure_segment(bytes, lexicons));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
  state.counters["units"] = static_cast<double>(units);
}
BENCHMARK(BM_ReadStructureSegment)->Arg(16)->Arg(128)->Arg(512)->Unit(benchmark::kMillisecond);

using argmap::bench::count_breaks;

void BM_IcuSentenceAndWordBreak(benchmark::State& state) {
  const std::string bytes = argmap::bench::repeated_bilingual(static_cast<int>(state.range(0)));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale("zh"), status));
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
  UText* text = utext_openUTF8(nullptr, bytes.data(), static_cast<int64_t>(bytes.size()), &status);
  if (U_FAILURE(status)) state.SkipWithError("ICU could not open the text");
  for (auto _ : state) {
    benchmark::DoNotOptimize(count_breaks(*sentences, text) + count_breaks(*words, text));
  }
  utext_close(text);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_IcuSentenceAndWordBreak)->Arg(16)->Arg(128)->Arg(512)->Unit(benchmark::kMillisecond);

}  // namespace
