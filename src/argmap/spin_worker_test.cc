#include "argmap/spin_worker.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>
#include <vector>

TEST_CASE("spin worker: every job posted runs once, in order, and is done when wait returns",
          "[threads]") {
  std::vector<std::size_t> seen;
  argmap::SpinWorker worker([&seen](std::size_t k) { seen.push_back(k * 3); });
  REQUIRE(worker.ok());
  for (std::size_t k = 0; k < 20000; ++k) {
    worker.post(k);
    worker.wait();
    REQUIRE(seen.size() == k + 1);  // read only after wait: the job's write is visible
    REQUIRE(seen.back() == k * 3);
  }
}

TEST_CASE("spin worker: a worker left idle long enough to sleep wakes for the next job",
          "[threads]") {
  int runs = 0;
  argmap::SpinWorker worker([&runs](std::size_t) { ++runs; });
  REQUIRE(worker.ok());
  for (int k = 0; k < 3; ++k) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));  // past its spins
    worker.post(0);
    worker.wait();
  }
  CHECK(runs == 3);
}
