#pragma once
// A URL a back-office service client receives its webhooks at.

#include <QString>

namespace exchange::api {

struct WebhookEndpoint {
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientName;
    QString url;
    bool enabled = true; // removed endpoints stay, disabled, with their deliveries
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

} // namespace exchange::api
