#include "tradeaddresslistcommand.h"

#include "commandcontext.h"
#include "core/base/systemclock.h"
#include "core/chains/publishedkeys.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/trade/exchangeaddresses.h"

#include <QJsonObject>

using namespace exchange;

int TradeAddressListCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("trade address list takes no arguments"));
    Database *db = context.database();
    if (!db)
        return Refused;
    SystemClock clock;
    security::AuditLog audit(*db, clock);
    trade::ExchangeAddresses addresses(*db, audit);
    QJsonObject json;
    for (const Chain chain : {Chain::Ethereum, Chain::Algorand, Chain::Stellar}) {
        auto address = addresses.address(chain);
        if (!address)
            return context.refuse(address.error());
        const QString name = QString::fromLatin1(chainName(chain));
        json.insert(name, address.value() ? QJsonValue(QString::fromStdString(*address.value())) : QJsonValue());
        if (parser.isSet(QStringLiteral("json")))
            continue;
        if (!address.value()) {
            context.out() << name << ": none configured (the trade API refuses " << name << ")" << Qt::endl;
            continue;
        }
        context.out() << name << ": " << QString::fromStdString(*address.value());
        if (const auto origin = publishedKeyOrigin(chain, *address.value()))
            context.out() << " (a published key: " << QString::fromStdString(*origin) << "; demo only)";
        context.out() << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(json));
    return Success;
}
