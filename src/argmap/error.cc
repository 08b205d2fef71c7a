#include "argmap/error.h"

namespace argmap {

std::string Error::format() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line) + ":" + std::to_string(column);
  out += (out.empty() ? "" : ": ") + message;
  if (offset) out += " (byte " + std::to_string(*offset) + ")";
  return out;
}

Error data_error(std::string file, std::string message) {
  Error e;
  e.code = ExitCode::kDataError;
  e.file = std::move(file);
  e.message = std::move(message);
  return e;
}

}  // namespace argmap
