// libFuzzer's entry point for one target, named at compile time (ARGMAP_FUZZ_TARGET): built as
// fuzz_<target> by `make fuzz` with clang and -fsanitize=fuzzer,address,undefined.
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return argmap::fuzz::run_target(ARGMAP_FUZZ_TARGET, data, size);
}
