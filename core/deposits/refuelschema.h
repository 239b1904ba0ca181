#pragma once
// The fee wallet and its refuels. A fee wallet (tier "fee") holds a chain's
// coin to pay the gas of token sweeps: before a deposit address can send a
// token on, it needs the coin for the sweeps' fees, and the fee wallet sends
// exactly that. Each refuel is stored signed before it is broadcast, like a
// sweep or a payout, so a restart sends the very same bytes again and never
// a second refuel.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::deposits {

QStringList refuelSchema(const Dialect &dialect);

} // namespace exchange::deposits
