#pragma once
// Migration 27 (its number in core/runtime/schema.cpp): what
// POST /v1/customers/{external_id}/withdrawals keeps in the withdrawal's
// own transaction: the answer to each client's Idempotency-Key
// (api_idempotency: one per client and key, kept at least 24 h), and the
// client's signed request itself (backoffice_withdrawal_requests, read by the
// payout signer: core/withdrawals/apiwithdrawalrequest.h).

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::api {

QStringList backOfficeWithdrawalSchema(const Dialect &dialect);

} // namespace exchange::api
