#pragma once
// SQL for the answers kept by Idempotency-Key (api_idempotency): per client
// and key, the SHA-256 of the body first sent with it, the answer's status
// and body, and the withdrawal it made. Decides nothing: the back-office
// withdrawal endpoint adds one in the withdrawal's transaction (the primary
// key (client_id, key) lets one of two concurrent requests win) and replays
// it; keys older than kIdempotencyKeptMs are pruned.

#include "core/base/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <optional>

namespace exchange::api {

// A key is answered the same way for at least this long (24 h).
inline constexpr qint64 kIdempotencyKeptMs = 24LL * 60 * 60 * 1000;

struct IdempotentAnswer {
    qint64 clientId = 0;
    QString key;
    QByteArray bodySha256; // hex, lowercase
    int status = 0;
    QByteArray answer;     // the JSON body as first sent
    std::optional<std::int64_t> withdrawalId;
    qint64 createdAtMs = 0;
};

class ApiIdempotencyRepository final
{
public:
    explicit ApiIdempotencyRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Conflict when the client used the key already.
    Result<void> add(const IdempotentAnswer &answer);
    Result<std::optional<IdempotentAnswer>> find(qint64 clientId, const QString &key) const;
    // Forgets the keys created before beforeMs: all of them, or the
    // client's one key.
    Result<void> prune(qint64 beforeMs);
    Result<void> prune(qint64 clientId, const QString &key, qint64 beforeMs);

private:
    QSqlDatabase m_db;
};

} // namespace exchange::api
