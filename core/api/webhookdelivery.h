#pragma once
// One event's delivery to one endpoint, and where it stands: open (due at
// nextAttemptAtMs), delivered (a 2xx answer) or failed (no 2xx by giveUpAtMs).

#include <QString>

#include <optional>

namespace exchange::api {

struct WebhookDelivery {
    qint64 id = 0;
    qint64 eventSeq = 0;
    QString eventId;
    QString type;
    QString objectType;
    qint64 objectId = 0;
    qint64 endpointId = 0;
    QString clientName;
    QString url;
    int attempts = 0;
    qint64 nextAttemptAtMs = 0;
    qint64 giveUpAtMs = 0;
    std::optional<int> lastStatus; // the HTTP status of the last answer; none for no answer
    QString lastError;
    std::optional<qint64> deliveredAtMs;
    std::optional<qint64> failedAtMs;
    qint64 eventCreatedAtMs = 0;

    bool isOpen() const { return !deliveredAtMs && !failedAtMs; }
};

} // namespace exchange::api
