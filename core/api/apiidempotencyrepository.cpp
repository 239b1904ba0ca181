#include "core/api/apiidempotencyrepository.h"

#include "core/store/sql.h"

#include <QSqlQuery>

namespace exchange::api {

Result<void> ApiIdempotencyRepository::add(const IdempotentAnswer &a)
{
    auto added = sql::run(m_db,
                          QStringLiteral("INSERT INTO api_idempotency"
                                         " (client_id, idempotency_key, body_sha256, status, answer, withdrawal_id, created_at)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {a.clientId, a.key, QString::fromLatin1(a.bodySha256), a.status, QString::fromUtf8(a.answer),
                           a.withdrawalId ? QVariant::fromValue(static_cast<qint64>(*a.withdrawalId)) : QVariant(),
                           a.createdAtMs});
    if (!added)
        return added.error();
    return {};
}

Result<std::optional<IdempotentAnswer>> ApiIdempotencyRepository::find(qint64 clientId, const QString &key) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT body_sha256, status, answer, withdrawal_id, created_at FROM api_idempotency"
                                     " WHERE client_id = ? AND idempotency_key = ?"),
                      {clientId, key});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<IdempotentAnswer>();
    const QSqlQuery &row = q.value();
    IdempotentAnswer a;
    a.clientId = clientId;
    a.key = key;
    a.bodySha256 = row.value(0).toString().toLatin1();
    a.status = row.value(1).toInt();
    a.answer = row.value(2).toString().toUtf8();
    if (!row.value(3).isNull())
        a.withdrawalId = row.value(3).toLongLong();
    a.createdAtMs = row.value(4).toLongLong();
    return std::optional<IdempotentAnswer>(a);
}

Result<void> ApiIdempotencyRepository::prune(qint64 beforeMs)
{
    auto pruned = sql::run(m_db, QStringLiteral("DELETE FROM api_idempotency WHERE created_at < ?"), {beforeMs});
    if (!pruned)
        return pruned.error();
    return {};
}

Result<void> ApiIdempotencyRepository::prune(qint64 clientId, const QString &key, qint64 beforeMs)
{
    auto pruned = sql::run(m_db,
                           QStringLiteral("DELETE FROM api_idempotency WHERE client_id = ? AND idempotency_key = ? AND created_at < ?"),
                           {clientId, key, beforeMs});
    if (!pruned)
        return pruned.error();
    return {};
}

} // namespace exchange::api
