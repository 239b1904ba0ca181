#include "chainsetcommand.h"

#include "commandcontext.h"
#include "depositcli.h"
#include "core/money/asset.h"
#include "core/store/database.h"
#include "core/wallets/walletservice.h"

using namespace exchange;

void ChainSetCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("node"), QStringLiteral("Horizon, Ethereum JSON-RPC or algod URL."), QStringLiteral("URL")));
    parser.addOption(QCommandLineOption(QStringLiteral("indexer"), QStringLiteral("Algorand indexer URL."), QStringLiteral("URL")));
    parser.addOption(QCommandLineOption(QStringLiteral("confirmations"), QStringLiteral("Confirmations before a payment counts."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("network"), QStringLiteral("Stellar network passphrase or Ethereum chain id."), QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("fee-wallet-max"),
                                        QStringLiteral("Ethereum, Algorand: the most the fee wallet should hold, in the chain's coin"
                                                       " (what a funding from warm fills it to); none: no max."),
                                        QStringLiteral("AMOUNT")));
    parser.addOption(QCommandLineOption(QStringLiteral("fee-wallet-low"),
                                        QStringLiteral("Ethereum, Algorand: the fee wallet balance under which the Dashboard asks"
                                                       " for funding, in the chain's coin; none: no alert."),
                                        QStringLiteral("AMOUNT")));
}

namespace {

// A fee wallet limit as typed: "none" clears it, else an amount of the
// chain's coin with at most its decimals.
Result<std::optional<Amount>> limitOption(const QCommandLineParser &parser, const QString &name, Chain chain,
                                          const std::optional<Amount> &current)
{
    if (!parser.isSet(name))
        return current;
    const QString text = parser.value(name).trimmed();
    if (text.compare(QStringLiteral("none"), Qt::CaseInsensitive) == 0)
        return std::optional<Amount>();
    auto amount = nativeAssetOf(chain).parse(text.toStdString());
    if (!amount)
        return Error{amount.error().code, "--" + name.toStdString() + ": " + amount.error().message};
    return std::optional<Amount>(amount.value());
}

} // namespace

int ChainSetCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("chain set needs CHAIN"));
    const auto chain = chainFromName(args.first().toStdString());
    if (!chain)
        return context.usageError(QStringLiteral("CHAIN is ethereum, algorand or stellar"));
    Database *db = context.database();
    if (!db)
        return Refused;
    depositcli::Services services(*db);
    auto current = services.wallets().chainSettings(*chain);
    if (!current)
        return context.refuse(current.error());
    wallets::ChainSettings settings = current.value();
    if (parser.isSet(QStringLiteral("node")))
        settings.nodeUrl = parser.value(QStringLiteral("node")).toStdString();
    if (parser.isSet(QStringLiteral("indexer")))
        settings.indexerUrl = parser.value(QStringLiteral("indexer")).toStdString();
    if (parser.isSet(QStringLiteral("network")))
        settings.network = parser.value(QStringLiteral("network")).toStdString();
    if (parser.isSet(QStringLiteral("confirmations"))) {
        bool ok = false;
        settings.confirmations = parser.value(QStringLiteral("confirmations")).toInt(&ok);
        if (!ok)
            return context.usageError(QStringLiteral("--confirmations takes a number"));
    }
    auto feeMax = limitOption(parser, QStringLiteral("fee-wallet-max"), *chain, settings.feeWalletMax);
    if (!feeMax)
        return context.refuse(feeMax.error());
    settings.feeWalletMax = feeMax.value();
    auto feeLow = limitOption(parser, QStringLiteral("fee-wallet-low"), *chain, settings.feeWalletLow);
    if (!feeLow)
        return context.refuse(feeLow.error());
    settings.feeWalletLow = feeLow.value();
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto saved = services.wallets().setChainSettings(*actor, settings);
    if (!saved)
        return context.refuse(saved.error());
    context.out() << QString::fromLatin1(chainName(*chain)) << " settings saved" << Qt::endl;
    return Success;
}
