#include "argmap/spin_worker.h"

#include <system_error>

namespace argmap {
namespace {

// Polls of a flag before the waiter gives the core away: a job's hand-over is well under a
// microsecond while both threads run, and a few thousand polls cover several jobs.
constexpr int kSpins = 4000;

void relax_core() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#endif
}

// Waits until value is `want`, spinning first, then yielding the core.
void spin_until(const std::atomic<std::uint64_t>& value, std::uint64_t want) {
  for (int n = 0; value.load(std::memory_order_acquire) != want;) {
    if (n < kSpins)
      relax_core(), ++n;
    else
      std::this_thread::yield();
  }
}

}  // namespace

SpinWorker::SpinWorker(std::function<void(std::size_t)> job) : job_(std::move(job)) {
  try {
    thread_ = std::thread([this] { loop(); });
  } catch (const std::system_error&) {
    // no thread: ok() is false and the caller does the work itself
  }
}

SpinWorker::~SpinWorker() {
  if (!ok()) return;
  stop_ = true;
  next_ticket();
  thread_.join();
}

std::uint64_t SpinWorker::next_ticket() {
  const std::uint64_t t = posted_.load(std::memory_order_relaxed) + 1;
  posted_.store(t, std::memory_order_seq_cst);
  if (sleeping_.load(std::memory_order_seq_cst)) posted_.notify_one();
  return t;
}

void SpinWorker::post(std::size_t k) {
  arg_ = k;
  next_ticket();
}

void SpinWorker::wait() { spin_until(done_, posted_.load(std::memory_order_relaxed)); }

// Runs each ticket's job; after the spins, sleeps on the ticket counter until the next post.
void SpinWorker::loop() {
  std::uint64_t seen = 0;
  for (;;) {
    int n = 0;
    while (posted_.load(std::memory_order_acquire) == seen) {
      if (++n < kSpins) {
        relax_core();
        continue;
      }
      sleeping_.store(true, std::memory_order_seq_cst);
      if (posted_.load(std::memory_order_seq_cst) == seen) posted_.wait(seen);
      sleeping_.store(false, std::memory_order_relaxed);
      n = 0;
    }
    seen = posted_.load(std::memory_order_acquire);
    if (stop_) return;
    job_(arg_);
    done_.store(seen, std::memory_order_release);
  }
}

}  // namespace argmap
