// Output: writes a command's result to standard output or, whole or not at all, to a file
// (a temporary file beside the target, renamed into place only when everything is written).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "argmap/error.h"
#include "argmap/export/sink.h"

namespace argmap::cli {

// What a command produces: a text, or a writer that streams it into a sink (so that a large
// JSON document never exists whole in memory).
struct Rendered {
  Rendered(std::string t) : text(std::move(t)) {}  // NOLINT: a text is a rendering
  explicit Rendered(std::function<void(Sink&)> s) : stream(std::move(s)) {}
  std::string text;
  std::function<void(Sink&)> stream;   // when set, written instead of text
  std::shared_ptr<const void> source;  // what it was rendered from (the analysis), when kept
};

// A one-shot command's rendering, and the analysis it holds, left for the system to take back
// when the process ends: freeing a book-length analysis piece by piece takes a few percent of
// the run, after the output is complete. Not for anything that runs more than once a process.
void keep_until_exit(Rendered rendered);

// Empty path or "-": standard output. Errors: 73 (cannot create), 74 (write failed).
std::optional<Error> write_output(const std::string& path, const Rendered& content);

}  // namespace argmap::cli
