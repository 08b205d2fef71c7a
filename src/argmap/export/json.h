// JSON export: the argmap JSON contract (format version 1, schemas/argmap.schema.json) for an
// Analysis. Keys keep the contract's order, so the same input gives byte-identical output.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "argmap/analysis.h"
#include "argmap/export/sink.h"

namespace argmap {

// The JSON streamed into sink: two-space indentation (pretty) or one line (compact, for
// pipelines), and a final newline. No tree is built; memory stays that of the analysis. Up to
// `threads` threads write it; the bytes do not depend on how many.
void write_json(const Analysis& analysis, Sink& sink, bool pretty = true, unsigned threads = 1);
// The pretty JSON as one string, and parsed (for tests and small documents).
std::string write_json(const Analysis& analysis);
nlohmann::ordered_json to_json(const Analysis& analysis);

}  // namespace argmap
