#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "argmap/export/json.h"
#include "argmap/sha256.h"
#include "cli/batch.h"
#include "cli/manifest.h"

namespace argmap::cli {
namespace {

using Json = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

std::string slurp(const std::string& path, bool& ok) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  ok = static_cast<bool>(in) || in.eof();
  return s.str();
}

Result<std::string> read_manifest(const std::string& path) {
  bool ok = false;
  std::string text =
      path == "-" ? (std::ostringstream() << std::cin.rdbuf()).str() : slurp(path, ok);
  if (path != "-" && !ok)
    return Error{ExitCode::kNoInput, path, std::nullopt, 0, 0, "cannot read the manifest"};
  return text;
}

// The options of one pair: the run's own, with the pair's inputs and settings.
Options pair_options(const Options& run, const ManifestPair& p) {
  Options o = run;
  o.command = p.lang ? "parse" : "check";
  o.inputs = p.inputs;
  o.lang = p.lang;
  if (p.units) o.units = *p.units;
  if (p.source) o.source = *p.source;
  if (!p.glossary.empty()) o.glossary = p.glossary;
  o.output = run.output + "/" + p.id + ".json";
  return o;
}

struct Counts {
  std::size_t error = 0, warning = 0, info = 0;
};

Counts counts_of(const std::vector<Finding>& findings) {
  Counts c;
  for (const Finding& f : findings) {
    (f.severity == Severity::kError     ? c.error
     : f.severity == Severity::kWarning ? c.warning
                                        : c.info) += 1;
  }
  return c;
}

Json summary_line(const ManifestPair& p, const PairResult& r) {
  Json j{{"id", p.id}, {"status", r.error ? "error" : "ok"}};
  if (r.error) {
    j["exit_code"] = static_cast<int>(r.error->code);
    j["message"] = r.error->format();
    return j;
  }
  j["counts"] = Json{{"error", r.errors}, {"warning", r.warnings}, {"info", r.infos}};
  j["elapsed_ms"] = r.elapsed_ms;
  if (r.resumed) j["resumed"] = true;
  return j;
}

// The existing output's findings counted, when its inputs are the pair's inputs unchanged.
std::optional<PairResult> already_done(const Options& o) {
  bool ok = false;
  const std::string text = slurp(o.output, ok);
  if (!ok || text.empty()) return std::nullopt;
  const Json j = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.contains("inputs") || j["inputs"].size() != o.inputs.size())
    return std::nullopt;
  for (std::size_t i = 0; i < o.inputs.size(); ++i) {
    bool read = false;
    const std::string bytes = slurp(o.inputs[i], read);
    if (!read || j["inputs"][i].value("sha256", "") != sha256_hex(bytes)) return std::nullopt;
  }
  PairResult r;
  r.resumed = true;
  for (const Json& f : j.value("findings", Json::array())) {
    const std::string s = f.value("severity", "");
    (s == "error" ? r.errors : s == "warning" ? r.warnings : r.infos) += 1;
  }
  return r;
}

bool reaches(const PairResult& r, Severity threshold) {
  const int t = severity_rank(threshold);
  return (r.errors && severity_rank(Severity::kError) >= t) ||
         (r.warnings && severity_rank(Severity::kWarning) >= t) ||
         (r.infos && severity_rank(Severity::kInfo) >= t);
}

PairResult run_pair(const Options& o, const Resources& resources, const Severity* fail_on) {
  const auto start = Clock::now();
  const bool both = !o.lang;
  Result<Analysis> a = analyse_with(o, resources, both, /*align=*/both, /*check=*/both);
  PairResult r;
  if (!a) {
    r.error = a.error();
    return r;
  }
  if (auto err = write_output(
          o.output, Rendered([&a, &o](Sink& sink) { write_json(*a, sink, !o.compact); }))) {
    r.error = *err;
    return r;
  }
  const Counts c = counts_of(a->findings);
  r.errors = c.error, r.warnings = c.warning, r.infos = c.info;
  r.failed = fail_on && reaches(r, *fail_on);
  r.elapsed_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
  return r;
}

}  // namespace

Result<BatchPlan> plan_batch(const Options& options) {
  const std::string& manifest = options.inputs.front();
  Result<std::string> text = read_manifest(manifest);
  if (!text) return text.error();
  const std::string base = !options.manifest_dir.empty() ? options.manifest_dir
                           : manifest == "-"
                               ? ""
                               : std::filesystem::path(manifest).parent_path().string();
  Result<std::vector<ManifestPair>> pairs = parse_manifest(*text, manifest, base);
  if (!pairs) return pairs.error();
  BatchPlan plan;
  for (std::size_t i = 0; i < pairs->size(); ++i) {
    if (i % options.shards == options.shard - 1) plan.pairs.push_back(std::move((*pairs)[i]));
  }
  if (options.dry_run) return plan;
  std::error_code ec;
  std::filesystem::create_directories(options.output, ec);
  if (ec)
    return Error{ExitCode::kCantCreate,
                 options.output,
                 std::nullopt,
                 0,
                 0,
                 "cannot create the output folder: " + ec.message()};
  plan.summary = options.output + "/" +
                 (options.shards == 1 ? std::string("summary.jsonl")
                                      : "summary-" + std::to_string(options.shard) + "-of-" +
                                            std::to_string(options.shards) + ".jsonl");
  return plan;
}

std::vector<PairResult> run_batch(const Options& options, const BatchPlan& plan,
                                  const Resources& resources, const Progress& progress) {
  const std::optional<Severity> fail_on = parse_severity(options.fail_on);
  std::vector<PairResult> results(plan.pairs.size());
  std::atomic<std::size_t> next{0};
  std::mutex report;
  std::size_t done = 0, errors = 0;
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < plan.pairs.size();) {
      const Options o = pair_options(options, plan.pairs[i]);
      std::optional<PairResult> skipped = options.resume ? already_done(o) : std::nullopt;
      if (skipped && fail_on) skipped->failed = reaches(*skipped, *fail_on);
      results[i] = skipped ? *skipped : run_pair(o, resources, fail_on ? &*fail_on : nullptr);
      const std::lock_guard<std::mutex> lock(report);
      errors += results[i].error.has_value();
      if (progress) progress(++done, plan.pairs.size(), errors);
    }
  };
  const unsigned jobs =
      options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < std::min<std::size_t>(jobs, plan.pairs.size()); ++t)
    pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return results;
}

std::string summary_text(const BatchPlan& plan, const std::vector<PairResult>& results) {
  std::string out;
  for (std::size_t i = 0; i < results.size(); ++i)
    out += summary_line(plan.pairs[i], results[i]).dump() + "\n";
  return out;
}

int batch_exit_code(const std::vector<PairResult>& results) {
  bool failed = false;
  for (const PairResult& r : results) {
    if (r.error) return static_cast<int>(ExitCode::kDataError);
    failed |= r.failed;
  }
  return failed ? static_cast<int>(ExitCode::kFindings) : 0;
}

}  // namespace argmap::cli
