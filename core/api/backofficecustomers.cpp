#include "core/api/backofficecustomers.h"

#include "core/store/customer.h"

#include <QDateTime>

namespace exchange::api {

QJsonObject BackOfficeCustomers::toJson(const Customer &c)
{
    const auto isoTime = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); };
    return QJsonObject{{QStringLiteral("external_id"), c.externalId},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("email"), c.email.isEmpty() ? QJsonValue() : QJsonValue(c.email)},
                       {QStringLiteral("state"), QString::fromLatin1(customerStateName(c.state).data())},
                       {QStringLiteral("created_at"), isoTime(c.createdAtMs)},
                       {QStringLiteral("updated_at"), isoTime(c.updatedAtMs)}};
}

} // namespace exchange::api
