#pragma once
// SQL for the stored signatures of customers' withdrawal requests
// (withdrawal_request_signatures). Decides nothing: the API's path adds
// them in the withdrawal's transaction, the payout signer reads them.

#include "core/base/result.h"
#include "core/withdrawals/requestsignature.h"

#include <QSqlDatabase>

#include <cstdint>
#include <vector>

namespace exchange::withdrawals {

class RequestSignatureRepository final
{
public:
    explicit RequestSignatureRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // In the order given.
    Result<void> add(std::int64_t withdrawalId, const std::vector<RequestSignature> &signatures);
    // In the order they were added; empty when the request was not a
    // customer's.
    Result<std::vector<RequestSignature>> of(std::int64_t withdrawalId) const;

private:
    QSqlDatabase m_db;
};

} // namespace exchange::withdrawals
