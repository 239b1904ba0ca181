#include "core/api/healthreport.h"

#include <QJsonArray>

namespace exchange::api {

namespace {

QJsonObject toObject(const QMap<QString, DutyStatus> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value().text);
    return o;
}

void appendDown(QJsonArray &down, const QString &prefix, const QMap<QString, DutyStatus> &map)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.value().isDown())
            down.append(prefix + it.key());
    }
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
    if (!databaseWarning.isEmpty())
        database.insert(QStringLiteral("warning"), databaseWarning);
    QJsonArray down;
    appendDown(down, QString(), watchers);
    appendDown(down, QStringLiteral("payouts "), payouts);
    return QJsonObject{
        {QStringLiteral("status"), healthy() ? QStringLiteral("ok") : QStringLiteral("unavailable")},
        {QStringLiteral("database"), database},
        {QStringLiteral("leader"),
         QJsonObject{{QStringLiteral("this_process"), leading},
                     {QStringLiteral("name"), leaderName.isEmpty() ? QJsonValue() : QJsonValue(leaderName)}}},
        {QStringLiteral("vault"), vaultUnlocked ? QStringLiteral("unlocked") : QStringLiteral("locked")},
        {QStringLiteral("watchers"), toObject(watchers)},
        {QStringLiteral("payouts"), toObject(payouts)},
        {QStringLiteral("down"), down},
    };
}

} // namespace exchange::api
