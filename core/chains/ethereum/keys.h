#pragma once
// Ethereum keys from the exchange's BIP-39 mnemonic: m/44'/60'/0'/0/i (the
// path ethers and MetaMask use), so account 0 matches what the operators'
// wallets show and index i is customer i's deposit key.

#include "core/base/result.h"

#include <QByteArray>

#include <cstdint>
#include <string_view>

namespace exchange::ethereum {

Result<QByteArray> secretKeyFromMnemonic(std::string_view mnemonic, std::string_view passphrase,
                                         std::uint32_t index);

} // namespace exchange::ethereum
