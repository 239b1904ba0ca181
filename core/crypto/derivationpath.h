#pragma once
// BIP-32 style derivation paths ("m/44'/60'/0'/0/7"). Hardened indexes are
// marked with ' or h and carry the 0x80000000 bit in the result.

#include "core/base/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace exchange::crypto {

constexpr std::uint32_t HardenedBit = 0x80000000u;

// Refuses anything but "m" followed by "/index" segments with each index
// below 2^31 and written without leading zeros.
Result<std::vector<std::uint32_t>> parseDerivationPath(std::string_view path);
std::string formatDerivationPath(const std::vector<std::uint32_t> &indexes);

} // namespace exchange::crypto
