#pragma once
// SQL for the back-office API's signed withdrawal requests
// (backoffice_withdrawal_requests, one per withdrawal). Decides nothing: the API
// adds one in the withdrawal's transaction, the payout signer reads it.

#include "core/base/result.h"
#include "core/withdrawals/apiwithdrawalrequest.h"

#include <QSqlDatabase>

#include <cstdint>
#include <optional>

namespace exchange::withdrawals {

class ApiWithdrawalRequestRepository final
{
public:
    explicit ApiWithdrawalRequestRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<void> add(const ApiWithdrawalRequest &request);
    // Nothing when no client's request is kept with the withdrawal.
    Result<std::optional<ApiWithdrawalRequest>> of(std::int64_t withdrawalId) const;

private:
    QSqlDatabase m_db;
};

} // namespace exchange::withdrawals
