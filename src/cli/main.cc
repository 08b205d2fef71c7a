// argmap's command line: options in, library calls, output and exit code out.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "cli/batch.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/output.h"

namespace {

int fail(const argmap::Error& error) {
  std::fprintf(stderr, "argmap: %s\n", error.format().c_str());
  return static_cast<int>(error.code);
}

void print_notes(const std::vector<std::string>& notes) {
  for (const std::string& note : notes) std::fprintf(stderr, "argmap: note: %s\n", note.c_str());
}

// Colour only for text on a terminal, and never when NO_COLOR is set.
bool use_colour(const argmap::cli::Options& options) {
  const char* no_colour = std::getenv("NO_COLOR");
  return (options.format.empty() || options.format == "text") &&
         (options.output.empty() || options.output == "-") && ::isatty(1) &&
         !(no_colour && *no_colour);
}

int check(const argmap::cli::Options& options, std::vector<std::string>& notes) {
  argmap::Result<argmap::cli::CheckOutcome> out =
      argmap::cli::run_check(options, use_colour(options), notes);
  print_notes(notes);
  if (!out) return fail(out.error());
  if (auto err = argmap::cli::write_output(options.output, out->text)) return fail(*err);
  const bool failed = out->failed;
  argmap::cli::keep_until_exit(std::move(out->text));
  return failed ? static_cast<int>(argmap::ExitCode::kFindings) : 0;
}

// The batch's progress on standard error, rewritten in place, only when that is a terminal.
argmap::cli::Progress progress_line() {
  if (!::isatty(2)) return nullptr;
  const auto start = std::chrono::steady_clock::now();
  return [start](std::size_t done, std::size_t total, std::size_t errors) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
    const double eta = rate > 0 ? static_cast<double>(total - done) / rate : 0;
    std::fprintf(stderr, "\rargmap batch: %zu/%zu pairs, %.1f pairs/s, ETA %.0f s, %zu errors ",
                 done, total, rate, eta, errors);
    if (done == total) std::fputc('\n', stderr);
  };
}

int batch(const argmap::cli::Options& options) {
  using namespace argmap::cli;  // NOLINT: one function, one namespace
  argmap::Result<BatchPlan> plan = plan_batch(options);
  if (!plan) return fail(plan.error());
  if (options.dry_run) return 0;
  argmap::Result<Resources> resources = load_resources(options, /*align=*/true);
  if (!resources) return fail(resources.error());
  print_notes(resources->notes);
  const std::vector<PairResult> results = run_batch(options, *plan, *resources, progress_line());
  if (auto err = write_output(plan->summary, summary_text(*plan, results))) return fail(*err);
  return batch_exit_code(results);
}

int run(const std::vector<std::string>& args) {
  using namespace argmap::cli;  // NOLINT: one function, one namespace
  argmap::Result<Options> options = parse_options(args);
  if (!options) return fail(options.error());
  if (options->version) {
    std::fputs(version_text(*options).c_str(), stdout);
    return 0;
  }
  if (options->help) {
    const std::string text =
        options->command.empty() ? main_help() : command_help(options->command);
    std::fputs(text.c_str(), stdout);
    return 0;
  }
  if (options->list_formats) {
    std::fputs(format_table().c_str(), stdout);
    return 0;
  }
  std::vector<std::string> notes;
  if (options->command == "check") return check(*options, notes);
  if (options->command == "batch") return batch(*options);
  argmap::Result<Rendered> out = options->command == "align"    ? run_align(*options, notes)
                                 : options->command == "export" ? run_export(*options, notes)
                                                                : run_parse(*options);
  print_notes(notes);
  if (!out) return fail(out.error());
  if (auto err = write_output(options->output, *out)) return fail(*err);
  keep_until_exit(std::move(*out));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    return run(args);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "argmap: internal error: %s\n", e.what());
    return 70;
  }
}
