#include "stellartrustlinecommand.h"

#include "commandcontext.h"
#include "stellartrustlinecli.h"
#include "vaultcli.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/wallets/stellartrustlines.h"

#include <QJsonObject>
#include <QSaveFile>

using namespace exchange;

void StellarTrustlineCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("tier"), QStringLiteral("The wallet: hot, warm or cold."), QStringLiteral("TIER")));
    parser.addOption(QCommandLineOption(QStringLiteral("export"),
                                        QStringLiteral("warm, cold: the file to write the unsigned transaction to."),
                                        QStringLiteral("FILE")));
    parser.addOption(vaultcli::passphraseFileOption());
}

int StellarTrustlineCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("stellar trustline needs one CODE (a Stellar token's asset code)"));
    const auto tier = wallets::walletTierFromName(parser.value(QStringLiteral("tier")).toLower().toStdString());
    if (!tier || *tier == wallets::WalletTier::Deposit)
        return context.usageError(QStringLiteral("stellar trustline needs --tier hot, warm or cold"));
    const bool hot = *tier == wallets::WalletTier::Hot;
    if (hot && parser.isSet(QStringLiteral("export")))
        return context.usageError(QStringLiteral("hot's trustline is signed and sent, not exported: leave out --export"));
    if (!hot && !parser.isSet(QStringLiteral("export")))
        return context.usageError(QStringLiteral("a warm or cold wallet's trustline is signed offline: give --export FILE"));
    Database *db = context.database();
    if (!db)
        return Refused;
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    stellartrustlinecli::Services services(*db);
    if (hot) {
        if (auto unlocked = services.vault().unlock(context, parser); !unlocked)
            return context.refuse(unlocked.error());
    }
    if (auto opened = services.open(context); !opened)
        return context.refuse(opened.error());
    const std::string code = args.at(0).toUpper().toStdString();
    auto made = services.trustlines().establish(*actor, code, *tier, services.pin(), hot ? &services.vault().vault() : nullptr);
    if (!made)
        return context.refuse(made.error());
    const wallets::TrustlineOutcome &o = made.value();
    const QString file = parser.value(QStringLiteral("export"));
    if (!hot && !o.alreadyTrusted) {
        QSaveFile out(file);
        const QByteArray contents = QByteArray::fromStdString(o.envelope) + "\n";
        if (!out.open(QIODevice::WriteOnly) || out.write(contents) != contents.size() || !out.commit())
            return context.refuse(QStringLiteral("cannot write %1: %2 (nothing was sent; run the command again)").arg(file, out.errorString()));
    }
    const QString tierName = QString::fromLatin1(wallets::walletTierName(*tier));
    const QString line = QString::fromStdString(o.before.identity.stellarCode + ":" + o.before.identity.issuer);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject j{{QStringLiteral("asset"), QString::fromStdString(code)},
                      {QStringLiteral("line"), line},
                      {QStringLiteral("tier"), tierName},
                      {QStringLiteral("address"), QString::fromStdString(o.before.address)},
                      {QStringLiteral("already_trusted"), o.alreadyTrusted},
                      {QStringLiteral("submitted"), o.submitted}};
        if (!o.alreadyTrusted) {
            j.insert(QStringLiteral("txid"), QString::fromStdString(o.txid));
            if (!hot)
                j.insert(QStringLiteral("file"), file);
        }
        context.printJson(QJsonDocument(j));
    } else if (o.alreadyTrusted) {
        context.out() << tierName << " (" << QString::fromStdString(o.before.address) << ") trusts " << line
                      << " already: nothing made" << Qt::endl;
    } else if (hot) {
        context.out() << "hot (" << QString::fromStdString(o.before.address) << ") now trusts " << line << ": transaction "
                      << QString::fromStdString(o.txid) << Qt::endl;
    } else {
        context.out() << "unsigned change_trust of " << tierName << " (" << QString::fromStdString(o.before.address) << ") to "
                      << line << " written to " << file << ": sign it with the " << tierName
                      << " wallet's key offline and submit it; exctl stellar trustlines shows the line once it is on the ledger"
                      << Qt::endl;
    }
    return Success;
}
