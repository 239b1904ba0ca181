#include "chainlistcommand.h"

#include "commandcontext.h"
#include "depositcli.h"
#include "core/money/asset.h"
#include "core/store/database.h"
#include "core/wallets/walletservice.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace exchange;

namespace {

// A fee wallet limit in the chain's coin; null (none in text) when unset.
QJsonValue limitText(Chain chain, const std::optional<Amount> &limit)
{
    return limit ? QJsonValue(QString::fromStdString(nativeAssetOf(chain).format(*limit))) : QJsonValue();
}

} // namespace

int ChainListCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("chain list takes no arguments"));
    Database *db = context.database();
    if (!db)
        return Refused;
    depositcli::Services services(*db);
    auto settings = services.wallets().chainSettings();
    if (!settings)
        return context.refuse(settings.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &s : settings.value()) {
            QJsonObject o{{QStringLiteral("chain"), QString::fromLatin1(chainName(s.chain))},
                          {QStringLiteral("node_url"), QString::fromStdString(s.nodeUrl)},
                          {QStringLiteral("indexer_url"), QString::fromStdString(s.indexerUrl)},
                          {QStringLiteral("confirmations"), s.confirmations},
                          {QStringLiteral("network"), QString::fromStdString(s.network)}};
            if (wallets::hasFeeWallet(s.chain)) {
                o.insert(QStringLiteral("fee_wallet_max"), limitText(s.chain, s.feeWalletMax));
                o.insert(QStringLiteral("fee_wallet_low"), limitText(s.chain, s.feeWalletLow));
            }
            array.append(o);
        }
        context.printJson(QJsonDocument(array));
        return Success;
    }
    for (const auto &s : settings.value()) {
        context.out() << QString::fromLatin1(chainName(s.chain)).leftJustified(10) << ' ' << s.confirmations << " confirmations  "
                      << (s.nodeUrl.empty() ? QStringLiteral("(no node)") : QString::fromStdString(s.nodeUrl));
        if (wallets::hasFeeWallet(s.chain))
            context.out() << "  fee wallet max " << limitText(s.chain, s.feeWalletMax).toString(QStringLiteral("none"))
                          << ", low " << limitText(s.chain, s.feeWalletLow).toString(QStringLiteral("none"));
        context.out() << '\n';
    }
    return Success;
}
