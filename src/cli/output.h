// Output: writes a command's result to standard output or, whole or not at all, to a file
// (a temporary file beside the target, renamed into place only when everything is written).
#pragma once

#include <optional>
#include <string>

#include "argmap/error.h"

namespace argmap::cli {

// Empty path or "-": standard output. Errors: 73 (cannot create), 74 (write failed).
std::optional<Error> write_output(const std::string& path, const std::string& content);

}  // namespace argmap::cli
