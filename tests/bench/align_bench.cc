// Benchmarks of the whole pipeline (parse, graphs, alignment) on the seed's versions repeated
// k times as a two-file pair: time should grow linearly with k.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "argmap/analysis.h"
#include "argmap/dictionary.h"

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The seed's Chinese and English bodies (after 中文版 / English Version), k times each.
std::pair<std::string, std::string> repeated_seed(int k) {
  const std::string seed = read(ARGMAP_SOURCE_DIR "/corpus/scaling-compute-agi.zh-en.txt");
  const std::size_t zh = seed.find("中文版") + std::string("中文版").size();
  const std::size_t en = seed.find("English Version");
  const std::string zh_body = seed.substr(zh, en - zh);
  const std::string en_body = seed.substr(en + std::string("English Version").size());
  std::string a = "《为什么堆算力无法产生 AGI》\n\n",
              b = "Why Scaling Compute Will Inevitably Hit a Wall\n\n";
  for (int i = 0; i < k; ++i) a += zh_body + "\n\n", b += en_body + "\n\n";
  return {a, b};
}

void BM_Align(benchmark::State& state) {
  const auto [zh, en] = repeated_seed(static_cast<int>(state.range(0)));
  const argmap::Lexicons lexicons = *argmap::builtin_lexicons();
  auto dict = argmap::Dictionary::open(ARGMAP_BENCH_DICT);
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
