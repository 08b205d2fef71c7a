#include "cli/fd_writer.h"

#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace argmap::cli {
namespace {

constexpr std::size_t kBlock = 1 << 20;
constexpr std::size_t kQueued = 8;  // blocks waiting at most: the memory stays a few MB

}  // namespace

bool write_all(int fd, std::string_view content) {
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

FdWriter::FdWriter(int fd) : fd_(fd) {
  block_.reserve(kBlock);
  try {
    thread_ = std::thread([this] { loop(); });
  } catch (const std::system_error&) {
    // no thread: add() writes each block itself
  }
}

FdWriter::~FdWriter() { finish(); }

bool FdWriter::add(std::string_view bytes) {
  block_ += bytes;
  if (block_.size() >= kBlock) hand_over();
  std::lock_guard lock(mutex_);
  return !failed_;
}

void FdWriter::hand_over() {
  if (!thread_.joinable()) {
    failed_ = failed_ || !write_all(fd_, block_);
    block_.clear();
    return;
  }
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return queue_.size() < kQueued || failed_; });
  queue_.push_back(std::move(block_));
  if (!spare_.empty()) block_ = std::move(spare_.back()), spare_.pop_back();
  block_.clear();
  changed_.notify_all();
}

bool FdWriter::finish() {
  if (!block_.empty()) hand_over();
  if (thread_.joinable()) {
    {
      std::lock_guard lock(mutex_);
      done_ = true;
    }
    changed_.notify_all();
    thread_.join();
  }
  return !failed_;
}

// Writes the queued blocks in order; after a failure it only drops them.
void FdWriter::loop() {
  std::unique_lock lock(mutex_);
  for (;;) {
    changed_.wait(lock, [this] { return !queue_.empty() || done_; });
    if (queue_.empty()) return;
    std::string block = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    const bool ok = failed_ || write_all(fd_, block);
    lock.lock();
    failed_ = failed_ || !ok;
    block.clear();
    spare_.push_back(std::move(block));
    changed_.notify_all();
  }
}

}  // namespace argmap::cli
