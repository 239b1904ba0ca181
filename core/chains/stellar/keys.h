#pragma once
// Stellar keys: S… seeds, G… account ids, and SEP-0005 derivation of
// m/44'/148'/i' from a BIP-39 mnemonic (per-customer deposit accounts).

#include "core/base/result.h"

#include <QByteArray>

#include <cstdint>
#include <string>
#include <string_view>

namespace exchange::stellar {

std::string accountIdFromSeed(const QByteArray &seed);
// The 32-byte Ed25519 seed of an S… secret.
Result<QByteArray> seedFromSecret(std::string_view secret);
// SEP-0005: SLIP-0010 Ed25519 key m/44'/148'/index' of the BIP-39 seed.
Result<QByteArray> sep5Seed(std::string_view mnemonic, std::string_view passphrase, std::uint32_t index);

} // namespace exchange::stellar
