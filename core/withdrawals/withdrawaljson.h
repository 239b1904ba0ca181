#pragma once
// How a withdrawal appears in the audit log (before/after of each step):
// amounts in the asset's decimals, state and chain by name.

#include "core/money/asset.h"
#include "core/withdrawals/withdrawalrecord.h"

#include <QJsonObject>

namespace exchange::withdrawals {

QJsonObject describeWithdrawal(const WithdrawalRecord &w, const Asset &asset);

} // namespace exchange::withdrawals
