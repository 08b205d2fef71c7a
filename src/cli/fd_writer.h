// FdWriter: bytes written to a file descriptor by a thread of its own, in blocks of a megabyte,
// while the caller renders the next ones; the first failed write stops it and is reported.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

namespace argmap::cli {

class FdWriter {
 public:
  explicit FdWriter(int fd);
  ~FdWriter();  // finishes the writes (as finish() does)
  FdWriter(const FdWriter&) = delete;
  FdWriter& operator=(const FdWriter&) = delete;

  // Queues a copy of the bytes; false once a write has failed.
  bool add(std::string_view bytes);
  // Writes what is queued and waits for it; true when every byte was written.
  bool finish();

 private:
  void hand_over();  // the block being filled, queued (waits while the queue is full)
  void loop();

  int fd_;
  std::string block_;  // being filled by the caller
  std::deque<std::string> queue_, spare_;
  std::mutex mutex_;
  std::condition_variable changed_;
  bool done_ = false, failed_ = false;
  std::thread thread_;  // none when no thread could be had: add() then writes itself
};

// Every byte of `content` written to fd; false when a write fails.
bool write_all(int fd, std::string_view content);

}  // namespace argmap::cli
