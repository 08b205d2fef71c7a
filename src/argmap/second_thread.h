// A second thread for work that shares nothing mutable with the caller's: fn() started on a
// thread of its own, or an invalid future when none can be had, so the caller does it itself.
#pragma once

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

}  // namespace argmap
