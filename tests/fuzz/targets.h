// The fuzz targets: one function per entry point of the pipeline, fed raw bytes. libFuzzer
// drives them in `make fuzz` (tests/fuzz/fuzz_main.cc); the test suite replays every input
// kept under tests/fuzz/regressions/<target>/ through the same functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace argmap::fuzz {

// The target names, as in fuzz_<name> and tests/fuzz/regressions/<name>/.
const std::vector<std::string>& target_names();

// Runs one target on the bytes. Returns 0 (libFuzzer's convention); a bug shows as a crash,
// a sanitizer report or a failed invariant (abort).
int run_target(const std::string& name, const std::uint8_t* data, std::size_t size);

}  // namespace argmap::fuzz
