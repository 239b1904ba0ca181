#include "testwebhooks.h"

#include "core/store/database.h"
#include "core/store/sql.h"

#include <QtGlobal>

#include <vector>

using namespace exchange;

namespace {

qint64 insertDelivery(const QSqlDatabase &db, qint64 eventSeq, qint64 endpointId, int attempts, qint64 nextAttemptAt,
                      const QVariant &lastStatus, const QString &lastError, const QVariant &deliveredAt, const QVariant &failedAt)
{
    auto inserted = sql::run(db,
                             QStringLiteral("INSERT INTO webhook_deliveries (event_seq, endpoint_id, attempts, next_attempt_at,"
                                            " give_up_at, last_status, last_error, delivered_at, failed_at, created_at)"
                                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {eventSeq, endpointId, attempts, nextAttemptAt, TestWebhooks::kFailedAtMs, lastStatus,
                              lastError.isEmpty() ? QStringLiteral("") : lastError, // '' (NOT NULL), not NULL
                              deliveredAt, failedAt, 1'700'000'000'000LL});
    if (!inserted)
        qFatal("test webhooks: %s", inserted.error().message.c_str());
    auto id = sql::run(db, QStringLiteral("SELECT id FROM webhook_deliveries WHERE event_seq = ? AND endpoint_id = ?"),
                       {eventSeq, endpointId});
    if (!id || !id.value().next())
        qFatal("test webhooks: the delivery just written is not there");
    return id.value().value(0).toLongLong();
}

} // namespace

TestWebhooks addTestWebhooks(Database &database)
{
    const QSqlDatabase db = database.connection();
    const auto must = [&db](const QString &statement, const QVariantList &values = {}) {
        if (auto done = sql::run(db, statement, values); !done)
            qFatal("test webhooks: %s", done.error().message.c_str());
    };
    // A public key of RFC 8032's first test vector: the client never signs here.
    must(QStringLiteral("INSERT INTO api_clients (name, public_key, scopes, enabled, created_at, updated_at)"
                        " VALUES ('webapp', 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'read', 1, 1, 1)"));
    must(QStringLiteral("INSERT INTO webhook_endpoints (client_id, url, enabled, created_at, updated_at)"
                        " SELECT id, ?, 1, 1, 1 FROM api_clients WHERE name = 'webapp'"),
         {TestWebhooks::kUrl});
    auto before = sql::run(db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM webhook_events"));
    const qint64 after = before && before.value().next() ? before.value().value(0).toLongLong() : 0;
    for (const char *name : {"Hook Ada", "Hook Bob", "Hook Cy", "Hook Di"})
        must(QStringLiteral("INSERT INTO customers (name, created_at) VALUES (?, 1700000000000)"), {QString::fromLatin1(name)});
    auto seqs = sql::run(db, QStringLiteral("SELECT seq FROM webhook_events WHERE seq > ? ORDER BY seq"), {after});
    std::vector<qint64> events;
    while (seqs && seqs.value().next())
        events.push_back(seqs.value().value(0).toLongLong());
    if (events.size() != 4)
        qFatal("test webhooks: %d events for four new customers", static_cast<int>(events.size()));
    auto endpoint = sql::run(db, QStringLiteral("SELECT id FROM webhook_endpoints WHERE url = ?"), {TestWebhooks::kUrl});
    if (!endpoint || !endpoint.value().next())
        qFatal("test webhooks: no endpoint");
    const qint64 endpointId = endpoint.value().value(0).toLongLong();
    const QVariant none(QMetaType::fromType<qint64>());
    TestWebhooks w;
    w.delivered = insertDelivery(db, events[0], endpointId, 1, 1'700'000'000'000LL, 204, QString(), 1'700'000'001'000LL, none);
    w.failing = insertDelivery(db, events[1], endpointId, 3, TestWebhooks::kFailingNextMs, 502, QString(), none, none);
    w.failed = insertDelivery(db, events[2], endpointId, 14, TestWebhooks::kFailedAtMs, QVariant(QMetaType::fromType<int>()),
                              QStringLiteral("Connection refused"), none, TestWebhooks::kFailedAtMs);
    w.waiting = insertDelivery(db, events[3], endpointId, 0, 1'700'000'000'000LL, QVariant(QMetaType::fromType<int>()), QString(),
                               none, none);
    return w;
}
