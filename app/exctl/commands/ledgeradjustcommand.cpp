#include "ledgeradjustcommand.h"
#include "customeroption.h"

#include "commandcontext.h"
#include "core/ledger/ledgerservice.h"
#include "core/base/systemclock.h"
#include "core/security/auditedledger.h"
#include "core/security/auditlog.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"

#include <QUuid>

using namespace exchange;

void LedgerAdjustCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("customer"), QStringLiteral("The customer's number or external id (#N, @ID to say which)."), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("asset"), QStringLiteral("The asset."), QStringLiteral("CODE")));
    parser.addOption(QCommandLineOption(QStringLiteral("amount"), QStringLiteral("Positive credits the customer, negative debits."), QStringLiteral("X")));
    parser.addOption(QCommandLineOption(QStringLiteral("reason"), QStringLiteral("Why (kept in the journal)."), QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(QStringLiteral("id"), QStringLiteral("Transfer id, to make a retry safe (default: new)."), QStringLiteral("ID")));
}

int LedgerAdjustCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    for (const char *required : {"customer", "asset", "amount", "reason"}) {
        if (!parser.isSet(QLatin1String(required)))
            return context.usageError(QStringLiteral("ledger adjust needs --%1").arg(QLatin1String(required)));
    }
    Database *db = context.database();
    if (!db)
        return Refused;
    auto number = customercli::customerNumber(db->connection(), parser.value(QStringLiteral("customer")));
    if (!number)
        return context.refuse(number.error());
    const std::int64_t customer = number.value();
    auto assets = context.assets();
    if (!assets)
        return context.refuse(assets.error());
    const std::string code = parser.value(QStringLiteral("asset")).toStdString();
    auto asset = assets.value().find(code);
    if (asset == assets.value().end())
        return context.refuse(QStringLiteral("unknown asset '%1'").arg(parser.value(QStringLiteral("asset"))));
    auto amount = Amount::parse(parser.value(QStringLiteral("amount")).toStdString(), asset->second.decimals,
                                Amount::Sign::AllowNegative);
    if (!amount)
        return context.refuse(amount.error());
    if (auto found = CustomerRepository(db->connection()).find(customer); !found)
        return context.refuse(found.error());

    const std::string id = parser.isSet(QStringLiteral("id"))
        ? parser.value(QStringLiteral("id")).toStdString()
        : "adjustment:" + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    SystemClock clock;
    ledger::LedgerService ledger(*db, clock);
    security::AuditLog audit(*db, clock);
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto done = security::AuditedLedger(ledger, audit).adjust(*actor, customer, code, amount.value(), parser.value(QStringLiteral("reason")).toStdString(), id);
    if (!done)
        return context.refuse(done.error());
    auto balance = ledger.account(ledger::customerAccount(customer, code));
    context.out() << "adjusted customer " << customer << ' ' << QString::fromStdString(code) << " by "
                  << QString::fromStdString(asset->second.format(amount.value())) << " (transfer "
                  << QString::fromStdString(done.value().id) << "); balance now "
                  << (balance ? QString::fromStdString(asset->second.format(balance.value().balance())) : QStringLiteral("?"))
                  << Qt::endl;
    return Success;
}
