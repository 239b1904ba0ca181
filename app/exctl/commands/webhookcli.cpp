#include "webhookcli.h"

#include <QDateTime>

namespace webhookcli {

namespace {

QString time(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue optionalTime(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(time(*ms)) : QJsonValue();
}

QString stateOf(const exchange::api::WebhookDelivery &d)
{
    if (d.deliveredAtMs)
        return QStringLiteral("delivered");
    if (d.failedAtMs)
        return QStringLiteral("failed");
    return d.attempts > 0 ? QStringLiteral("failing") : QStringLiteral("pending");
}

} // namespace

QJsonObject toJson(const exchange::api::WebhookEndpoint &e)
{
    return QJsonObject{{QStringLiteral("client"), e.clientName},
                       {QStringLiteral("url"), e.url},
                       {QStringLiteral("enabled"), e.enabled},
                       {QStringLiteral("created"), time(e.createdAtMs)},
                       {QStringLiteral("updated"), time(e.updatedAtMs)}};
}

QString describe(const exchange::api::WebhookEndpoint &e)
{
    return QStringLiteral("%1  %2%3").arg(e.clientName, e.url, e.enabled ? QString() : QStringLiteral("  (removed)"));
}

QJsonObject toJson(const exchange::api::WebhookDelivery &d)
{
    return QJsonObject{{QStringLiteral("id"), d.id},
                       {QStringLiteral("state"), stateOf(d)},
                       {QStringLiteral("event_id"), d.eventId},
                       {QStringLiteral("type"), d.type},
                       {QStringLiteral("object_type"), d.objectType},
                       {QStringLiteral("object_id"), d.objectId},
                       {QStringLiteral("client"), d.clientName},
                       {QStringLiteral("url"), d.url},
                       {QStringLiteral("attempts"), d.attempts},
                       {QStringLiteral("last_status"), d.lastStatus ? QJsonValue(*d.lastStatus) : QJsonValue()},
                       {QStringLiteral("last_error"), d.lastError.isEmpty() ? QJsonValue() : QJsonValue(d.lastError)},
                       {QStringLiteral("event_created"), time(d.eventCreatedAtMs)},
                       {QStringLiteral("next_attempt"), d.isOpen() ? QJsonValue(time(d.nextAttemptAtMs)) : QJsonValue()},
                       {QStringLiteral("gives_up"), d.isOpen() ? QJsonValue(time(d.giveUpAtMs)) : QJsonValue()},
                       {QStringLiteral("delivered"), optionalTime(d.deliveredAtMs)},
                       {QStringLiteral("failed"), optionalTime(d.failedAtMs)}};
}

QString describe(const exchange::api::WebhookDelivery &d)
{
    QString line = QStringLiteral("%1  %2  %3 %4 %5  %6 %7  %8 attempts")
                       .arg(d.id)
                       .arg(stateOf(d), d.type, d.objectType)
                       .arg(d.objectId)
                       .arg(d.clientName, d.url)
                       .arg(d.attempts);
    if (d.lastStatus)
        line += QStringLiteral("  last: HTTP %1").arg(*d.lastStatus);
    else if (!d.lastError.isEmpty())
        line += QStringLiteral("  last: %1").arg(d.lastError);
    return line;
}

} // namespace webhookcli
