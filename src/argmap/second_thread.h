// A second thread for work that shares nothing mutable with the caller's: fn() started on a
// thread of its own, or an invalid future when none can be had, so the caller does it itself.
#pragma once

#include <cstddef>
#include <future>
#include <system_error>

namespace argmap {

template <class Fn>
auto start_thread(const Fn& fn) -> std::future<decltype(fn())> {
  try {
    return std::async(std::launch::async, fn);
  } catch (const std::system_error&) {
    return {};
  }
}

// fn(i) for each i in [0, n): the later half on a second thread when `threads` allows one, for
// work on items that share nothing mutable (one input each, say).
template <class Fn>
void for_each_index(std::size_t n, unsigned threads, const Fn& fn) {
  const std::size_t mid = threads > 1 && n > 1 ? (n + 1) / 2 : n;
  std::future<void> second;
  if (mid < n)
    second = start_thread([&] {
      for (std::size_t i = mid; i < n; ++i) fn(i);
    });
  for (std::size_t i = 0; i < (second.valid() ? mid : n); ++i) fn(i);
  if (second.valid()) second.get();
}

}  // namespace argmap
