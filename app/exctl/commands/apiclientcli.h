#pragma once
// What the exctl api-client commands share: a service client as one line
// and as JSON.

#include "core/api/apiclient.h"

#include <QJsonObject>
#include <QString>

namespace apiclientcli {

QJsonObject toJson(const exchange::api::ApiClient &client);
// "webapp  enabled  read,customers  key 3d40…"
QString describe(const exchange::api::ApiClient &client);

} // namespace apiclientcli
