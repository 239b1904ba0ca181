#pragma once
// Migration 7, the withdrawal tables: each withdrawal with its state and why
// it is reviewed, the approvals it has collected (one per approver, so four
// eyes cannot be two clicks of the same operator), and per asset the amount
// above which two approvers are needed.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::withdrawals {

QStringList withdrawalSchema(const Dialect &dialect);

} // namespace exchange::withdrawals
