#pragma once
// One event of the webhook outbox as its trigger wrote it: the snapshot of
// the object's row at the change (stored columns, amounts in base units).

#include <QJsonObject>
#include <QString>

namespace exchange::api {

struct WebhookEvent {
    qint64 seq = 0;      // the outbox's order
    QString eventId;     // "evt_…", unique: receivers dedupe by it
    QString type;        // "withdrawal.state_changed", "deposit.credited", …
    QString objectType;  // "withdrawal", "deposit", "customer"
    qint64 objectId = 0; // the row's id
    QJsonObject snapshot;
    qint64 createdAtMs = 0; // the change's own time (the row's updated_at)
};

} // namespace exchange::api
