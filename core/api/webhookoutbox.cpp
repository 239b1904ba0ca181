#include "core/api/webhookoutbox.h"

#include "core/store/sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace exchange::api {

namespace {

const QString kColumns = QStringLiteral("seq, event_id, type, object_type, object_id, object, created_at");

Result<WebhookEvent> fromRow(const QSqlQuery &q)
{
    WebhookEvent e;
    e.seq = q.value(0).toLongLong();
    e.eventId = q.value(1).toString();
    e.type = q.value(2).toString();
    e.objectType = q.value(3).toString();
    e.objectId = q.value(4).toLongLong();
    QJsonParseError error;
    const QJsonDocument object = QJsonDocument::fromJson(q.value(5).toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !object.isObject())
        return Error{ErrorCode::Corrupted, "webhook event " + std::to_string(e.seq) + " has no object snapshot"};
    e.snapshot = object.object();
    e.createdAtMs = q.value(6).toLongLong();
    return e;
}

} // namespace

Result<std::vector<WebhookEvent>> WebhookOutbox::after(qint64 afterSeq, int limit) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT %1 FROM webhook_events WHERE seq > ? ORDER BY seq LIMIT ?").arg(kColumns),
                      {afterSeq, limit});
    if (!q)
        return q.error();
    std::vector<WebhookEvent> events;
    while (q.value().next()) {
        auto e = fromRow(q.value());
        if (!e)
            return e.error();
        events.push_back(std::move(e.value()));
    }
    return events;
}

Result<WebhookEvent> WebhookOutbox::get(qint64 seq) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT %1 FROM webhook_events WHERE seq = ?").arg(kColumns), {seq});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::NotFound, "no webhook event " + std::to_string(seq)};
    return fromRow(q.value());
}

} // namespace exchange::api
