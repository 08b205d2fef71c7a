// Spin worker: a second thread handed many small jobs in a row (a few microseconds each), too
// short for a future or a condition variable; it sleeps only when no job has come for a while.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <thread>

namespace argmap {

class SpinWorker {
 public:
  // job(k) runs on the worker for each k posted; none when no thread can be had (ok() false).
  explicit SpinWorker(std::function<void(std::size_t)> job);
  ~SpinWorker();
  SpinWorker(const SpinWorker&) = delete;
  SpinWorker& operator=(const SpinWorker&) = delete;

  bool ok() const { return thread_.joinable(); }
  // Starts job(k); the caller must wait() before posting again or reading what the job wrote.
  void post(std::size_t k);
  void wait();

 private:
  void loop();
  std::uint64_t next_ticket();

  std::function<void(std::size_t)> job_;
  std::size_t arg_ = 0;
  std::atomic<std::uint64_t> posted_{0};  // tickets: 1, 2, ... ; the last is a stop
  std::atomic<std::uint64_t> done_{0};
  std::atomic<bool> sleeping_{false};
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace argmap
