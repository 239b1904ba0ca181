#pragma once
// What the exctl webhook commands share: an endpoint and a delivery as one
// line and as JSON.

#include "core/api/webhookdelivery.h"
#include "core/api/webhookendpoint.h"

#include <QJsonObject>
#include <QString>

namespace webhookcli {

QJsonObject toJson(const exchange::api::WebhookEndpoint &endpoint);
// "webapp  https://example.com/hooks"
QString describe(const exchange::api::WebhookEndpoint &endpoint);
QJsonObject toJson(const exchange::api::WebhookDelivery &delivery);
// "17  failed  withdrawal.state_changed withdrawal 12  webapp https://…  5 attempts  last: HTTP 500"
QString describe(const exchange::api::WebhookDelivery &delivery);

} // namespace webhookcli
