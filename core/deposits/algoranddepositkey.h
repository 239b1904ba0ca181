#pragma once
// The key of an Algorand deposit address: algorand::depositSeed of the
// vault's seed at the wallet's derivation index, lent to `use` only once
// it is shown to derive that very address (NotFound without an index,
// Conflict for another address: nothing signed), and wiped after.

#include "core/base/result.h"

#include <QByteArray>

#include <functional>

namespace exchange::security { class KeyVault; }
namespace exchange::wallets { struct Wallet; }

namespace exchange::deposits {

Result<void> withAlgorandDepositKey(const security::KeyVault &vault, const wallets::Wallet &wallet,
                                    const std::function<Result<void>(const QByteArray &seed)> &use);

} // namespace exchange::deposits
