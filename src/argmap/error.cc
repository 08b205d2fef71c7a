#include "argmap/error.h"

namespace argmap {

std::string Error::format() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line) + ":" + std::to_string(column);
  out += (out.empty() ? "" : ": ") + message;
  if (offset) out += " (byte " + std::to_string(*offset) + ")";
  return out;
}

}  // namespace argmap
