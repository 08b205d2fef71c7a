// Benchmarks of the whole pipeline (parse, graphs, alignment) on the seed's versions repeated
// k times as a two-file pair: time should grow linearly with k.
#include <benchmark/benchmark.h>

#include <string>

#include "argmap/analysis.h"
#include "argmap/dictionary.h"
#include "tests/bench/bench_input.h"

namespace {

using argmap::bench::repeated_seed;

void BM_Align(benchmark::State& state) {
  const auto [zh, en] = repeated_seed(static_cast<int>(state.range(0)));
  const argmap::Lexicons lexicons = *argmap::builtin_lexicons();
  auto dict =
      argmap::Dictionary::open(ARGMAP_BENCH_DICT, lexicons.en.glosses, lexicons.en.stem_rules);
  std::size_t units = 0;
  for (auto _ : state) {
    std::vector<argmap::Input> inputs{*argmap::make_input("zh.txt", zh),
                                      *argmap::make_input("en.txt", en)};
    argmap::AnalyseOptions o;
    o.align = true;
    o.resources.dictionary = dict.ok() ? &dict.value() : nullptr;
    auto a = argmap::analyse(std::move(inputs), o, lexicons);
    units = a->versions[0].units.size() + a->versions[1].units.size();
    benchmark::DoNotOptimize(a->alignment->links.size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * (zh.size() + en.size())));
  state.counters["units"] = static_cast<double>(units);
  state.counters["units/s"] =
      benchmark::Counter(static_cast<double>(units) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Align)->Arg(8)->Arg(64)->Arg(512)->Arg(1024)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
