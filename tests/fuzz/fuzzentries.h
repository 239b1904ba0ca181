#pragma once
// One entry per parser under fuzzing. Each feeds arbitrary bytes to a strict
// decoder and, when the decoder accepts, checks that re-encoding gives the
// same bytes (one value, one spelling); a broken invariant aborts, which
// libFuzzer reports as a crash. Used by the libFuzzer targets and by the
// regression replay that always runs in ctest.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace fuzzentries {

int strKey(const std::uint8_t *data, std::size_t size);
int base32(const std::uint8_t *data, std::size_t size);
int hex(const std::uint8_t *data, std::size_t size);
int rlp(const std::uint8_t *data, std::size_t size);
int msgpack(const std::uint8_t *data, std::size_t size);
int xdr(const std::uint8_t *data, std::size_t size);
int amount(const std::uint8_t *data, std::size_t size);
int json(const std::uint8_t *data, std::size_t size);

using Entry = int (*)(const std::uint8_t *, std::size_t);
// The entry for a target name ("strkey", "rlp", …), or nullptr.
Entry byName(std::string_view name);

} // namespace fuzzentries
