#pragma once
// The fee wallet's limits and its funding from warm. Each chain with a fee
// wallet gets its max balance and its low-balance alert (chain_settings,
// signed with the rest of the chain's settings), and a replenishment may go
// from warm to the fee wallet: a funding prepared for offline signing, like
// warm to hot, booked once it confirms.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::wallets {

QStringList feeWalletSchema(const Dialect &dialect);

} // namespace exchange::wallets
