// libFuzzer entry point; FUZZ_ENTRY (a fuzzentries function) is set per
// target by CMake.

#include "fuzzentries.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return fuzzentries::FUZZ_ENTRY(data, size);
}
