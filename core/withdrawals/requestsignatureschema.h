#pragma once
// Migration 20 (its number in core/runtime/schema.cpp): the signatures of a
// customer's withdrawal request as they verified, one row each, with the
// payload's bytes each one signed (the payout signer verifies them again).

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::withdrawals {

QStringList requestSignatureSchema(const Dialect &dialect);

} // namespace exchange::withdrawals
