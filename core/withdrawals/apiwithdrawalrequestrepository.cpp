#include "core/withdrawals/apiwithdrawalrequestrepository.h"

#include "core/store/sql.h"

#include <QSqlQuery>

namespace exchange::withdrawals {

Result<void> ApiWithdrawalRequestRepository::add(const ApiWithdrawalRequest &r)
{
    auto added = sql::run(m_db,
                          QStringLiteral("INSERT INTO backoffice_withdrawal_requests"
                                         " (withdrawal_id, client, method, target, request_timestamp, request_nonce, body, signature)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          {QVariant::fromValue(static_cast<qint64>(r.withdrawalId)), r.client, QString::fromLatin1(r.method),
                           QString::fromLatin1(r.target), QString::fromLatin1(r.timestamp), QString::fromLatin1(r.nonce),
                           QString::fromUtf8(r.body), QString::fromLatin1(r.signature)});
    if (!added)
        return added.error();
    return {};
}

Result<std::optional<ApiWithdrawalRequest>> ApiWithdrawalRequestRepository::of(std::int64_t withdrawalId) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT client, method, target, request_timestamp, request_nonce, body, signature"
                                     " FROM backoffice_withdrawal_requests WHERE withdrawal_id = ?"),
                      {QVariant::fromValue(static_cast<qint64>(withdrawalId))});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<ApiWithdrawalRequest>();
    const QSqlQuery &row = q.value();
    return std::optional<ApiWithdrawalRequest>(ApiWithdrawalRequest{
        withdrawalId, row.value(0).toString(), row.value(1).toString().toLatin1(), row.value(2).toString().toLatin1(),
        row.value(3).toString().toLatin1(), row.value(4).toString().toLatin1(), row.value(5).toString().toUtf8(),
        row.value(6).toString().toLatin1()});
}

} // namespace exchange::withdrawals
