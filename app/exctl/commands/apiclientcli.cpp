#include "apiclientcli.h"

#include "core/crypto/hex.h"

#include <QDateTime>

namespace apiclientcli {

QJsonObject toJson(const exchange::api::ApiClient &c)
{
    const auto time = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); };
    return QJsonObject{{QStringLiteral("name"), c.name},
                       {QStringLiteral("public_key"), QString::fromStdString(exchange::hex::encode(c.publicKey))},
                       {QStringLiteral("scopes"), exchange::api::apiScopesText(c.scopes)},
                       {QStringLiteral("enabled"), c.enabled},
                       {QStringLiteral("created"), time(c.createdAtMs)},
                       {QStringLiteral("updated"), time(c.updatedAtMs)}};
}

QString describe(const exchange::api::ApiClient &c)
{
    return QStringLiteral("%1  %2  %3  key %4")
        .arg(c.name, c.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"), exchange::api::apiScopesText(c.scopes),
             QString::fromStdString(exchange::hex::encode(c.publicKey)));
}

} // namespace apiclientcli
