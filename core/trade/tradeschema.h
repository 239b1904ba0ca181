#pragma once
// The trade tables of 001 (Order, Log, TX) as migration statements: orders
// with their derived-order link, fills, the payouts owed to receivers, the
// log of refused requests, traders (a chain key -> the customer whose ledger
// accounts hold its funds) and the exchange's receiving addresses in meta.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::trade {

QStringList tradeSchema(const Dialect &dialect);

} // namespace exchange::trade
