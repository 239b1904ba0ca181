#include "walletaddcommand.h"
#include "customeroption.h"

#include "chainoption.h"
#include "commandcontext.h"
#include "depositcli.h"
#include "core/store/database.h"
#include "core/wallets/walletservice.h"

using namespace exchange;

void WalletAddCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(chainoption::option());
    parser.addOption(QCommandLineOption(QStringLiteral("tier"), QStringLiteral("deposit, hot, warm, cold or fee (pays the gas of token sweeps; ethereum, algorand)."), QStringLiteral("T")));
    parser.addOption(QCommandLineOption(QStringLiteral("address"), QStringLiteral("The address."), QStringLiteral("A")));
    parser.addOption(QCommandLineOption(QStringLiteral("customer"), QStringLiteral("Owner of a deposit address (number or external id)."), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("index"), QStringLiteral("Derivation index of a deposit key."), QStringLiteral("N")));
}

int WalletAddCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    for (const char *required : {"chain", "tier", "address"}) {
        if (!parser.isSet(QLatin1String(required)))
            return context.usageError(QStringLiteral("wallet add needs --%1").arg(QLatin1String(required)));
    }
    const auto chain = chainoption::value(parser);
    const auto tier = wallets::walletTierFromName(parser.value(QStringLiteral("tier")).toStdString());
    if (!chain || !tier)
        return context.usageError(QStringLiteral("--chain is ethereum, algorand or stellar; --tier deposit, hot, warm, cold or fee"));
    wallets::Wallet wallet;
    wallet.chain = *chain;
    wallet.tier = *tier;
    wallet.address = parser.value(QStringLiteral("address")).toStdString();
    if (parser.isSet(QStringLiteral("index"))) {
        bool ok = false;
        wallet.derivationIndex = parser.value(QStringLiteral("index")).toLongLong(&ok);
        if (!ok)
            return context.usageError(QStringLiteral("--index takes a number"));
    }
    Database *db = context.database();
    if (!db)
        return Refused;
    if (parser.isSet(QStringLiteral("customer"))) {
        auto number = customercli::customerNumber(db->connection(), parser.value(QStringLiteral("customer")));
        if (!number)
            return context.refuse(number.error());
        wallet.customerId = number.value();
    }
    // A wallet holds the chain's own coin (its tokens ride on the same
    // address, and are never counted as the coin).
    wallet.asset = exchange::nativeAssetOf(*chain).code;
    depositcli::Services services(*db);
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto added = services.wallets().add(*actor, wallet);
    if (!added)
        return context.refuse(added.error());
    context.out() << "wallet " << added.value().id << ": " << QString::fromStdString(added.value().address) << Qt::endl;
    return Success;
}
