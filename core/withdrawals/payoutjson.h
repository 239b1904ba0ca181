#pragma once
// A payout as the audit log describes it, beside its withdrawal.

#include "core/withdrawals/payoutrecord.h"

#include <QJsonObject>

namespace exchange::withdrawals {

// txid, source, sequence, max fee (and the network fee once decided) in the
// chain's coin, whatever the payout moves; its state.
QJsonObject describePayout(const PayoutRecord &p);
// a with b's keys added (b's win).
QJsonObject merged(QJsonObject a, const QJsonObject &b);

} // namespace exchange::withdrawals
