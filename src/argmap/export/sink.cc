#include "argmap/export/sink.h"

namespace argmap {

std::string collect(const std::function<void(Sink&)>& write) {
  std::string out;
  Sink sink([&out](std::string_view chunk) {
    out += chunk;
    return true;
  });
  write(sink);
  sink.flush();
  return out;
}

}  // namespace argmap
