#include "core/withdrawals/withdrawalkeyrepository.h"

#include "core/store/sql.h"

#include <QSqlQuery>

namespace exchange::withdrawals {

namespace {

QVariant int64(std::int64_t v)
{
    return QVariant::fromValue(static_cast<qint64>(v));
}

QString chainText(Chain chain)
{
    return QString::fromLatin1(chainName(chain).data(), static_cast<qsizetype>(chainName(chain).size()));
}

} // namespace

Result<WithdrawalKeyPolicy> WithdrawalKeyRepository::policy(std::int64_t customerId) const
{
    WithdrawalKeyPolicy p;
    p.customerId = customerId;
    auto keys = sql::run(m_db,
                         QStringLiteral("SELECT chain, address, added_by, added_at FROM withdrawal_keys"
                                        " WHERE customer_id = ? ORDER BY added_at, chain, address"),
                         {int64(customerId)});
    if (!keys)
        return keys.error();
    while (keys.value().next()) {
        const QSqlQuery &q = keys.value();
        const auto chain = chainFromName(q.value(0).toString().toStdString());
        if (!chain)
            return Error{ErrorCode::Corrupted, "a withdrawal key of customer " + std::to_string(customerId) + " is malformed"};
        p.keys.push_back(WithdrawalKey{customerId, *chain, q.value(1).toString().toStdString(),
                                       q.value(2).toString().toStdString(), q.value(3).toLongLong()});
    }
    auto required = sql::run(m_db, QStringLiteral("SELECT required FROM withdrawal_key_policies WHERE customer_id = ?"),
                             {int64(customerId)});
    if (!required)
        return required.error();
    if (required.value().next())
        p.required = required.value().value(0).toInt();
    return p;
}

Result<bool> WithdrawalKeyRepository::exists(std::int64_t customerId, Chain chain, const std::string &address) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT 1 FROM withdrawal_keys WHERE customer_id = ? AND chain = ? AND address = ?"),
                      {int64(customerId), chainText(chain), QString::fromStdString(address)});
    if (!q)
        return q.error();
    return q.value().next();
}

Result<void> WithdrawalKeyRepository::add(const WithdrawalKey &key)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO withdrawal_keys (customer_id, chain, address, added_by, added_at)"
                                     " VALUES (?, ?, ?, ?, ?)"),
                      {int64(key.customerId), chainText(key.chain), QString::fromStdString(key.address),
                       QString::fromStdString(key.addedBy), int64(key.addedAtMs)});
    if (!q)
        return q.error();
    return {};
}

Result<void> WithdrawalKeyRepository::remove(std::int64_t customerId, Chain chain, const std::string &address)
{
    auto q = sql::run(m_db, QStringLiteral("DELETE FROM withdrawal_keys WHERE customer_id = ? AND chain = ? AND address = ?"),
                      {int64(customerId), chainText(chain), QString::fromStdString(address)});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error{ErrorCode::Conflict, "the withdrawal key changed meanwhile; try again"};
    return {};
}

Result<void> WithdrawalKeyRepository::setRequired(std::int64_t customerId, int required)
{
    auto gone = sql::run(m_db, QStringLiteral("DELETE FROM withdrawal_key_policies WHERE customer_id = ?"), {int64(customerId)});
    if (!gone)
        return gone.error();
    if (required == 1)
        return {}; // the default needs no row
    auto q = sql::run(m_db, QStringLiteral("INSERT INTO withdrawal_key_policies (customer_id, required) VALUES (?, ?)"),
                      {int64(customerId), required});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<std::int64_t>> WithdrawalKeyRepository::requestWithdrawal(std::int64_t customerId,
                                                                              const std::string &requestId) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT withdrawal_id FROM withdrawal_api_requests WHERE customer_id = ? AND request_id = ?"),
                      {int64(customerId), QString::fromStdString(requestId)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(q.value().value(0).toLongLong());
}

Result<void> WithdrawalKeyRepository::addRequest(std::int64_t customerId, const std::string &requestId,
                                                 std::int64_t withdrawalId, const std::string &signers, std::int64_t nowMs)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO withdrawal_api_requests (customer_id, request_id, withdrawal_id, signers, at)"
                                     " VALUES (?, ?, ?, ?, ?)"),
                      {int64(customerId), QString::fromStdString(requestId), int64(withdrawalId),
                       QString::fromStdString(signers), int64(nowMs)});
    if (!q)
        return q.error();
    return {};
}

} // namespace exchange::withdrawals
