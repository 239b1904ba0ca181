#pragma once
// The signing key of an Ethereum deposit address, derived from the key
// vault's seed at m/44'/60'/0'/0/i (i: the address's derivation index), lent
// to `use` only after it is shown to derive that very address: a wallets row
// naming another address, or an index the seed does not match, signs
// nothing. Shared by everything that signs from a deposit address (coin and
// token sweeps, gas returned to the fee wallet).

#include "core/base/result.h"
#include "core/wallets/wallet.h"

#include <QByteArray>

#include <functional>

namespace exchange::security { class KeyVault; }

namespace exchange::deposits {

Result<void> withEthereumDepositKey(const security::KeyVault &vault, const wallets::Wallet &depositAddress,
                                    const std::function<Result<void>(const QByteArray &secretKey)> &use);

} // namespace exchange::deposits
