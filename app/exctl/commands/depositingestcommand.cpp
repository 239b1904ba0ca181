#include "depositingestcommand.h"

#include "chainoption.h"
#include "commandcontext.h"
#include "depositcli.h"
#include "core/chains/chainchecks.h"
#include "core/deposits/depositservice.h"
#include "core/store/database.h"

using namespace exchange;

void DepositIngestCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(chainoption::option());
    parser.addOption(QCommandLineOption(QStringLiteral("txid"), QStringLiteral("The transaction id."), QStringLiteral("T")));
    parser.addOption(QCommandLineOption(QStringLiteral("index"), QStringLiteral("Operation or output index (default 0)."),
                                        QStringLiteral("I"), QStringLiteral("0")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"), QStringLiteral("The exchange address paid."), QStringLiteral("ADDRESS")));
    parser.addOption(QCommandLineOption(QStringLiteral("from"), QStringLiteral("The payer's address."), QStringLiteral("ADDRESS")));
    parser.addOption(QCommandLineOption(QStringLiteral("amount"), QStringLiteral("Amount in the asset's unit."), QStringLiteral("X")));
    parser.addOption(QCommandLineOption(QStringLiteral("asset"), QStringLiteral("Asset code (default: the chain's native asset)."),
                                        QStringLiteral("CODE")));
    parser.addOption(QCommandLineOption(QStringLiteral("memo"), QStringLiteral("Stellar memo naming the customer."), QStringLiteral("M")));
    parser.addOption(QCommandLineOption(QStringLiteral("vault-passphrase-file"),
                                        QStringLiteral("Open the key vault with the passphrase in FILE to read the admin key it "
                                                       "pins: a token's payment is recorded only as its signed identity."),
                                        QStringLiteral("FILE")));
}

int DepositIngestCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    for (const char *required : {"chain", "txid", "to", "amount"}) {
        if (!parser.isSet(QLatin1String(required)))
            return context.usageError(QStringLiteral("deposit ingest needs --%1").arg(QLatin1String(required)));
    }
    const auto chain = chainoption::value(parser);
    if (!chain)
        return context.usageError(QStringLiteral("--chain is ethereum, algorand or stellar"));
    bool indexOk = false;
    const int index = parser.value(QStringLiteral("index")).toInt(&indexOk);
    if (!indexOk || index < 0)
        return context.usageError(QStringLiteral("--index takes a number from 0"));
    auto txid = chains::validateTxId(*chain, parser.value(QStringLiteral("txid")).toStdString());
    if (!txid)
        return context.refuse(txid.error());

    Database *db = context.database();
    if (!db)
        return Refused;
    auto assets = context.assets();
    if (!assets)
        return context.refuse(assets.error());
    std::string code = parser.value(QStringLiteral("asset")).toStdString();
    // Without --asset: the chain's own coin, never one of its tokens.
    if (code.empty())
        code = exchange::nativeAssetOf(*chain).code;
    const auto asset = assets.value().find(code);
    if (asset == assets.value().end() || asset->second.chain != *chain)
        return context.refuse(QStringLiteral("no asset '%1' on %2").arg(QString::fromStdString(code),
                                                                        QString::fromLatin1(chainName(*chain))));
    auto amount = asset->second.parse(parser.value(QStringLiteral("amount")).toStdString());
    if (!amount)
        return context.refuse(amount.error());

    deposits::ObservedPayment payment;
    payment.chain = *chain;
    payment.txid = txid.value();
    payment.index = index;
    payment.asset = code;
    payment.to = parser.value(QStringLiteral("to")).toStdString();
    payment.from = parser.value(QStringLiteral("from")).toStdString();
    payment.amount = amount.value();
    payment.memo = parser.value(QStringLiteral("memo")).toStdString();
    payment.confirmed = true;

    depositcli::Services services(*db);
    if (!asset->second.identity.isNative()) {
        if (auto pinned = depositcli::usePinnedKey(*db, services.deposits(), parser.value(QStringLiteral("vault-passphrase-file")));
            !pinned)
            return context.refuse(pinned.error());
    }
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto recorded = services.deposits().ingestManually(*actor, payment);
    if (!recorded)
        return context.refuse(recorded.error());
    context.out() << "deposit " << recorded.value().id << ": "
                  << QString::fromLatin1(deposits::depositStateName(recorded.value().state)) << Qt::endl;
    return Success;
}
