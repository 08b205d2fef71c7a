// `argmap batch`: the pairs of a manifest through `check` on a pool of threads that share one
// dictionary and one set of lexicons; one output per pair, written whole, and a summary.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/manifest.h"

namespace argmap::cli {

struct BatchPlan {
  std::vector<ManifestPair> pairs;  // this shard's, in manifest order
  std::string summary;              // DIR/summary.jsonl, or DIR/summary-K-of-N.jsonl
};

struct PairResult {
  std::optional<Error> error;  // the pair was unusable (or its output could not be written)
  std::size_t errors = 0, warnings = 0, infos = 0;
  long long elapsed_ms = 0;
  bool failed = false;   // a finding reached --fail-on
  bool resumed = false;  // --resume: the output was already there, inputs unchanged
};

// Called after each pair, from whichever thread finished it (one at a time).
using Progress = std::function<void(std::size_t done, std::size_t total, std::size_t errors)>;

// Reads and checks the manifest (ids, fields) and creates DIR, before any pair runs.
Result<BatchPlan> plan_batch(const Options& options);
// Every pair of the plan; results in plan order, whatever order they finished in.
std::vector<PairResult> run_batch(const Options& options, const BatchPlan& plan,
                                  const Resources& resources, const Progress& progress);
// One JSON line per pair, in plan order.
std::string summary_text(const BatchPlan& plan, const std::vector<PairResult>& results);
// 65 when a pair was unusable, else 1 when a finding reached --fail-on, else 0.
int batch_exit_code(const std::vector<PairResult>& results);

}  // namespace argmap::cli
