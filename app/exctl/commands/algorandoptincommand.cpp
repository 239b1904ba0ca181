#include "algorandoptincommand.h"

#include "algorandcli.h"
#include "commandcontext.h"
#include "depositcli.h"
#include "vaultcli.h"
#include "core/chains/algorand/algodclient.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/algorandoptins.h"

#include <QJsonObject>
#include <QSaveFile>

using namespace exchange;

void AlgorandOptInCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("tier"), QStringLiteral("The wallet that opts in: hot, warm or cold."),
                                        QStringLiteral("TIER")));
    parser.addOption(QCommandLineOption(QStringLiteral("export"),
                                        QStringLiteral("warm, cold: the file to write the unsigned transaction to."),
                                        QStringLiteral("FILE")));
}

int AlgorandOptInCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("algorand opt-in needs the asset's CODE"));
    const auto tier = wallets::walletTierFromName(parser.value(QStringLiteral("tier")).toLower().toStdString());
    if (!tier || *tier == wallets::WalletTier::Deposit)
        return context.usageError(QStringLiteral("--tier takes hot, warm or cold"));
    const bool hot = *tier == wallets::WalletTier::Hot;
    if (hot == parser.isSet(QStringLiteral("export")))
        return context.usageError(hot ? QStringLiteral("hot's opt-in is signed here: no --export")
                                      : QStringLiteral("warm's and cold's opt-ins need --export FILE (their keys are not here)"));
    const std::string code = args.first().toUpper().toStdString();
    Database *db = context.database();
    if (!db)
        return Refused;
    depositcli::Services services(*db);
    vaultcli::Vault vault(*db);
    // A decision: the sealed pin (and for hot, its key), so the vault is unlocked.
    if (auto unlocked = vault.unlock(context); !unlocked)
        return context.refuse(unlocked.error());
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto algod = algorandcli::signedAlgod(context, *db, vault.vault(), services.wallets());
    if (!algod)
        return Refused;
    withdrawals::AlgorandOptIns optIns(*db, vault.audit(), services.wallets(), *algod);
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString fee = QStringLiteral(" ALGO");

    if (hot) {
        auto sent = optIns.optInHot(*actor, code, vault.vault());
        if (!sent)
            return context.refuse(sent.error());
        const QString feeText = QString::fromStdString(sent.value().fee.format(6, 0));
        if (json)
            context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("tier"), QStringLiteral("hot")},
                                                        {QStringLiteral("address"), QString::fromStdString(sent.value().wallet.address)},
                                                        {QStringLiteral("asset"), QString::fromStdString(code)},
                                                        {QStringLiteral("txid"), QString::fromStdString(sent.value().txid)},
                                                        {QStringLiteral("fee"), feeText}}));
        else
            context.out() << "hot's opt-in to " << QString::fromStdString(code) << " sent: txid "
                          << QString::fromStdString(sent.value().txid) << ", fee " << feeText << fee << Qt::endl;
        return Success;
    }

    auto exported = optIns.exportOptIn(*actor, code, *tier, [&vault] { return vault.vault().pinnedAdminKey(); });
    if (!exported)
        return context.refuse(exported.error());
    const QString file = parser.value(QStringLiteral("export"));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(exported.value().unsignedTx) != exported.value().unsignedTx.size() || !out.commit())
        return context.refuse(QStringLiteral("cannot write %1: %2 (nothing was sent; export again)").arg(file, out.errorString()));
    const QString tierName = QString::fromLatin1(wallets::walletTierName(*tier));
    const QString feeText = QString::fromStdString(exported.value().fee.format(6, 0));
    if (json) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("tier"), tierName},
                                                    {QStringLiteral("address"), QString::fromStdString(exported.value().wallet.address)},
                                                    {QStringLiteral("asset"), QString::fromStdString(code)},
                                                    {QStringLiteral("txid"), QString::fromStdString(exported.value().txid)},
                                                    {QStringLiteral("fee"), feeText},
                                                    {QStringLiteral("last_valid"), QString::number(exported.value().lastValid)},
                                                    {QStringLiteral("file"), file}}));
    } else {
        context.out() << "unsigned opt-in of the " << tierName << " wallet " << QString::fromStdString(exported.value().wallet.address)
                      << " to " << QString::fromStdString(code) << " written to " << file << " (fee " << feeText << fee
                      << ", valid until round " << exported.value().lastValid << "): sign it with the " << tierName
                      << " wallet's key offline and send the signed file to algod (POST /v2/transactions); its txid will be "
                      << QString::fromStdString(exported.value().txid) << Qt::endl;
    }
    return Success;
}
