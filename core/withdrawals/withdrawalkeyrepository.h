#pragma once
// SQL for the withdrawal keys, the signatures required, and the request ids
// of signed API withdrawals. Used inside a UnitOfWork by the key and signed
// withdrawal services; it decides nothing.

#include "core/base/result.h"
#include "core/withdrawals/withdrawalkey.h"

#include <QSqlDatabase>

#include <optional>

namespace exchange::withdrawals {

class WithdrawalKeyRepository final
{
public:
    explicit WithdrawalKeyRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Keys oldest first, and the signatures required (1 when never set).
    Result<WithdrawalKeyPolicy> policy(std::int64_t customerId) const;
    Result<bool> exists(std::int64_t customerId, Chain chain, const std::string &address) const;
    Result<void> add(const WithdrawalKey &key);
    Result<void> remove(std::int64_t customerId, Chain chain, const std::string &address);
    Result<void> setRequired(std::int64_t customerId, int required);

    // The withdrawal a request id already made, if any.
    Result<std::optional<std::int64_t>> requestWithdrawal(std::int64_t customerId, const std::string &requestId) const;
    // Conflict when the customer used requestId before.
    Result<void> addRequest(std::int64_t customerId, const std::string &requestId, std::int64_t withdrawalId,
                            const std::string &signers, std::int64_t nowMs);

private:
    QSqlDatabase m_db;
};

} // namespace exchange::withdrawals
