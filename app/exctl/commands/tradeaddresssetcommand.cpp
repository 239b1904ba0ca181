#include "tradeaddresssetcommand.h"

#include "chainoption.h"
#include "commandcontext.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/trade/exchangeaddresses.h"

using namespace exchange;

void TradeAddressSetCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(chainoption::option());
}

int TradeAddressSetCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("trade address set needs exactly one ADDRESS"));
    const auto chain = chainoption::value(parser);
    if (!chain)
        return context.usageError(QStringLiteral("--chain is ethereum, algorand or stellar"));
    Database *db = context.database();
    if (!db)
        return Refused;
    SystemClock clock;
    security::AuditLog audit(*db, clock);
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto set = trade::ExchangeAddresses(*db, audit).set(*actor, *chain, args.first().toStdString());
    if (!set)
        return context.refuse(set.error());
    context.out() << "the exchange's " << QString::fromLatin1(chainName(*chain)) << " address is now "
                  << QString::fromStdString(set.value()) << Qt::endl;
    return Success;
}
