#include "customeraddresscli.h"

#include "chainoption.h"
#include "core/base/systemclock.h"
#include "core/customers/customeraddressbook.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"

#include <QDateTime>

namespace customeraddresscli {

Services::Services(exchange::Database &database)
    : m_clock(std::make_unique<exchange::SystemClock>()),
      m_audit(std::make_unique<exchange::security::AuditLog>(database, *m_clock)),
      m_book(std::make_unique<exchange::customers::CustomerAddressBook>(database, *m_clock, *m_audit))
{
}

Services::~Services() = default;

void addChainAndAddressOptions(QCommandLineParser &parser)
{
    parser.addOption(chainoption::option());
    parser.addOption(QCommandLineOption(QStringLiteral("address"), QStringLiteral("The customer's address on that chain."),
                                        QStringLiteral("ADDRESS")));
}

namespace {

QString added(const exchange::CustomerAddress &a)
{
    return QDateTime::fromMSecsSinceEpoch(a.addedAtMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject toJson(const exchange::CustomerAddress &a)
{
    return QJsonObject{{QStringLiteral("chain"), QString::fromLatin1(exchange::chainName(a.chain).data())},
                       {QStringLiteral("address"), QString::fromStdString(a.address)},
                       {QStringLiteral("label"), a.label},
                       {QStringLiteral("added_by"), QString::fromStdString(a.addedBy)},
                       {QStringLiteral("added"), added(a)}};
}

QString describe(const exchange::CustomerAddress &a)
{
    QString line = QStringLiteral("%1 %2").arg(QString::fromLatin1(exchange::chainName(a.chain).data()).leftJustified(9),
                                              QString::fromStdString(a.address));
    if (!a.label.isEmpty())
        line += QStringLiteral("  ") + a.label;
    return line + QStringLiteral("  (added by %1 %2)").arg(QString::fromStdString(a.addedBy), added(a));
}

} // namespace customeraddresscli
