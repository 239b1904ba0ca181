#pragma once
// Migration 33 (its number in core/runtime/schema.cpp): a withdrawal whose
// destination is another customer's deposit address is settled in the
// ledger (InternalTransfer). internal_to names the receiving customer as
// decided when it was requested; NULL for a payout on chain. The signer
// decides again from the addresses it trusts before it settles one.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::withdrawals {

QStringList internalTransferSchema(const Dialect &dialect);

} // namespace exchange::withdrawals
