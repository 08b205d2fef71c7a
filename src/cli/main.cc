// argmap's command line: options in, library calls, output and exit code out.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

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
  return out->failed ? static_cast<int>(argmap::ExitCode::kFindings) : 0;
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
  std::vector<std::string> notes;
  if (options->command == "check") return check(*options, notes);
  argmap::Result<Rendered> out = options->command == "align"    ? run_align(*options, notes)
                                 : options->command == "export" ? run_export(*options, notes)
                                                                : run_parse(*options);
  print_notes(notes);
  if (!out) return fail(out.error());
  if (auto err = write_output(options->output, *out)) return fail(*err);
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
