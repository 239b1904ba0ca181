#pragma once
// Migration 30: what each exchange wallet holds of each token of its chain,
// as the chain said when last read (ERC-20 balanceOf, Horizon's credit
// lines, algod's asset holdings), beside the coin's balance the wallets
// row keeps. The Wallets screen compares it with the ledger per token.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::wallets {

QStringList tokenBalanceSchema(const Dialect &dialect);

} // namespace exchange::wallets
