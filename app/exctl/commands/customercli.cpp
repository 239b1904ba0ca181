#include "customercli.h"

#include "core/base/systemclock.h"
#include "core/customers/customerservice.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"

#include <QDateTime>

namespace customercli {

Services::Services(exchange::Database &database)
    : m_clock(std::make_unique<exchange::SystemClock>()),
      m_audit(std::make_unique<exchange::security::AuditLog>(database, *m_clock)),
      m_customers(std::make_unique<exchange::customers::CustomerService>(database, *m_clock, *m_audit))
{
}

Services::~Services() = default;

void addNameAndEmailOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("name"), QStringLiteral("The customer's name."), QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("email"), QStringLiteral("The customer's email address (\"\" for none)."),
                                        QStringLiteral("EMAIL")));
}

QJsonObject toJson(const exchange::Customer &c)
{
    const auto time = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); };
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("external_id"), c.externalId},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("email"), c.email.isEmpty() ? QJsonValue() : QJsonValue(c.email)},
                       {QStringLiteral("state"), QString::fromLatin1(exchange::customerStateName(c.state).data())},
                       {QStringLiteral("created"), time(c.createdAtMs)},
                       {QStringLiteral("updated"), time(c.updatedAtMs)}};
}

QString describe(const exchange::Customer &c)
{
    QString line = QStringLiteral("%1  %2  %3").arg(c.externalId, QString::fromLatin1(exchange::customerStateName(c.state).data()), c.name);
    if (!c.email.isEmpty())
        line += QStringLiteral(" <%1>").arg(c.email);
    return line + QStringLiteral("  (id %1)").arg(c.id);
}

} // namespace customercli
