#pragma once
// Algorand keys: the 25-word mnemonic of algosdk/py-algorand-sdk (24 words
// carrying the 32-byte Ed25519 seed in 11-bit little-endian groups, plus a
// checksum word from SHA-512/256), and deterministic per-customer deposit
// keys by SLIP-0010 Ed25519 at m/44'/283'/i' (283 is Algorand's SLIP-0044
// coin type).

#include "core/base/result.h"

#include <QByteArray>

#include <cstdint>
#include <string>
#include <string_view>

namespace exchange::algorand {

std::string mnemonicFromSeed(const QByteArray &seed);
// Refuses a word count other than 25, unknown words, non-zero padding bits
// and a wrong checksum word.
Result<QByteArray> seedFromMnemonic(std::string_view mnemonic);
std::string addressFromSeed(const QByteArray &seed);
// SLIP-0010 m/44'/283'/index' of a master seed of 16 to 64 bytes (e.g. a
// BIP-39 seed).
Result<QByteArray> depositSeed(const QByteArray &masterSeed, std::uint32_t index);

} // namespace exchange::algorand
