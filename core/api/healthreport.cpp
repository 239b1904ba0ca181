#include "core/api/healthreport.h"

namespace exchange::api {

namespace {

QJsonObject toObject(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QJsonObject HealthReport::toJson() const
{
    QJsonObject database{{QStringLiteral("state"), databaseOk ? QStringLiteral("ok") : QStringLiteral("error")},
                         {QStringLiteral("url"), databaseUrl}};
    if (databaseOk)
        database.insert(QStringLiteral("schema_version"), schemaVersion);
    else
        database.insert(QStringLiteral("error"), databaseError);
    return QJsonObject{
        {QStringLiteral("status"), healthy() ? QStringLiteral("ok") : QStringLiteral("unavailable")},
        {QStringLiteral("database"), database},
        {QStringLiteral("leader"),
         QJsonObject{{QStringLiteral("this_process"), leading},
                     {QStringLiteral("name"), leaderName.isEmpty() ? QJsonValue() : QJsonValue(leaderName)}}},
        {QStringLiteral("vault"), vaultUnlocked ? QStringLiteral("unlocked") : QStringLiteral("locked")},
        {QStringLiteral("watchers"), toObject(watchers)},
        {QStringLiteral("payouts"), toObject(payouts)},
    };
}

} // namespace exchange::api
