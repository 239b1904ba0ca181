#pragma once
// The key of an Ethereum deposit address, derived from the vault's seed at
// m/44'/60'/0'/0/i, lent to a signing step only after it is shown to
// derive that very address (a wallets row alone vouches for nothing).

#include "core/base/result.h"
#include "core/wallets/wallet.h"

#include <QByteArray>

#include <functional>

namespace exchange::security { class KeyVault; }

namespace exchange::deposits {

// NotFound when the address has no derivation index, Conflict when the
// seed derives another address; otherwise what `use` returns.
Result<void> withDepositKey(const security::KeyVault &vault, const wallets::Wallet &wallet,
                            const std::function<Result<void>(const QByteArray &secretKey)> &use);

} // namespace exchange::deposits
