#include "argmap/export/json_items.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <string>

#include "argmap/second_thread.h"

namespace argmap {
namespace {

constexpr std::size_t kChunk = 256;      // items a thread writes in one turn
constexpr std::size_t kMinItems = 2048;  // a shorter array is written on one thread

// The second thread's chunks (every odd one), handed over through two buffers: `written`
// counts the chunks it has finished, `taken` those the first thread has appended.
struct Handover {
  std::array<std::string, 2> buffers;
  std::atomic<std::size_t> written{0}, taken{0};

  static void wait_for(std::atomic<std::size_t>& count, std::size_t at_least) {
    for (std::size_t v = count.load(); v < at_least; v = count.load()) count.wait(v);
  }
  static void advance(std::atomic<std::size_t>& count) {
    count.fetch_add(1);
    count.notify_all();
  }
};

}  // namespace

void write_items(JsonWriter& w, std::size_t n, unsigned threads,
                 const std::function<void(JsonWriter&, std::size_t)>& item) {
  const auto chunk = [&](JsonWriter& out, std::size_t c) {
    for (std::size_t i = c * kChunk; i < std::min(n, (c + 1) * kChunk); ++i) item(out, i);
  };
  const std::size_t chunks = (n + kChunk - 1) / kChunk;
  if (threads < 2 || n < kMinItems) {
    for (std::size_t c = 0; c < chunks; ++c) chunk(w, c);
    return;
  }
  chunk(w, 0);  // the array holds something before any continuation is appended
  Handover h;
  // The second thread's writers, made here: w changes while it works. A chunk leaves a
  // writer where it found it, so each serves every chunk of its buffer.
  std::array<Sink, 2> sinks{
      Sink([&h](std::string_view s) { return h.buffers[0].append(s), true; }),
      Sink([&h](std::string_view s) { return h.buffers[1].append(s), true; })};
  std::array<JsonWriter, 2> outs{w.continuation(sinks[0]), w.continuation(sinks[1])};
  std::future<void> second = start_thread([&] {
    for (std::size_t c = 1, m = 0; c < chunks; c += 2, ++m) {
      Handover::wait_for(h.taken, m < 2 ? 0 : m - 1);  // its buffer appended already
      chunk(outs[m % 2], c);
      sinks[m % 2].flush();
      Handover::advance(h.written);
    }
  });
  for (std::size_t c = 1, m = 0; c < chunks; ++c) {
    if (c % 2 == 0 || !second.valid()) {
      chunk(w, c);
      continue;
    }
    Handover::wait_for(h.written, m + 1);
    w.raw(h.buffers[m % 2]);
    h.buffers[m % 2].clear();
    Handover::advance(h.taken), ++m;
  }
  if (second.valid()) second.get();
}

}  // namespace argmap
