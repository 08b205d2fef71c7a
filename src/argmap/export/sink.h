// Sink: a buffer that output is appended to, drained in large chunks into a file descriptor,
// a string or anything else, so that no output ever has to exist whole in memory.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace argmap {

class Sink {
 public:
  // `drain` receives each full chunk and the rest at flush(); false marks the sink failed.
  explicit Sink(std::function<bool(std::string_view)> drain) : drain_(std::move(drain)) {
    buffer_.reserve(kChunk + kChunk / 4);
  }
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;

  std::string& buffer() { return buffer_; }
  void append(std::string_view s) {
    buffer_ += s;
    drain_if_full();
  }
  // Writers call this between pieces; it drains once the buffer holds a chunk.
  void drain_if_full() {
    if (buffer_.size() >= kChunk) drain();
  }
  bool flush() {
    drain();
    return ok_;
  }
  bool ok() const { return ok_; }

 private:
  static constexpr std::size_t kChunk = 1 << 16;
  void drain() {
    if (ok_ && !buffer_.empty()) ok_ = drain_(buffer_);
    buffer_.clear();
  }

  std::function<bool(std::string_view)> drain_;
  std::string buffer_;
  bool ok_ = true;
};

// Everything `write` puts into a sink, collected into one string (for tests and small output).
std::string collect(const std::function<void(Sink&)>& write);

}  // namespace argmap
