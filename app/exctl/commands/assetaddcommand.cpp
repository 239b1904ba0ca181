#include "assetaddcommand.h"

#include "commandcontext.h"
#include "depositcli.h"
#include "core/base/systemclock.h"
#include "core/chains/tokenidentity.h"
#include "core/chains/tokenprobe.h"
#include "core/security/auditedassets.h"
#include "core/store/database.h"
#include "core/wallets/walletservice.h"

#include <algorithm>

using namespace exchange;

void AssetAddCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("chain"), QStringLiteral("ethereum, stellar or algorand."), QStringLiteral("CHAIN")));
    parser.addOption(QCommandLineOption(QStringLiteral("erc20"), QStringLiteral("The ERC-20 contract's address (Ethereum)."), QStringLiteral("0x…")));
    parser.addOption(QCommandLineOption(QStringLiteral("stellar-issuer"), QStringLiteral("The issuer's account G… of a Stellar credit asset."), QStringLiteral("G…")));
    parser.addOption(QCommandLineOption(QStringLiteral("stellar-code"), QStringLiteral("The credit asset's code on Stellar (default: CODE)."), QStringLiteral("CODE")));
    parser.addOption(QCommandLineOption(QStringLiteral("asa"), QStringLiteral("The Algorand Standard Asset's id."), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("decimals"), QStringLiteral("The token's decimals; the node's value must agree."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("display-decimals"), QStringLiteral("Fraction digits shown at least (default 2, at most the decimals)."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("name"), QStringLiteral("The asset's name on screens (default: CODE)."), QStringLiteral("NAME")));
}

int AssetAddCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("asset add needs exactly one asset code"));
    const auto chain = chainFromName(parser.value(QStringLiteral("chain")).toStdString());
    if (!chain)
        return context.usageError(QStringLiteral("--chain is ethereum, stellar or algorand"));
    const int kinds = int(parser.isSet(QStringLiteral("erc20"))) + int(parser.isSet(QStringLiteral("stellar-issuer")))
                      + int(parser.isSet(QStringLiteral("asa")));
    if (kinds != 1)
        return context.usageError(QStringLiteral("asset add needs exactly one of --erc20, --stellar-issuer and --asa"));
    bool ok = false;
    const int decimals = parser.value(QStringLiteral("decimals")).toInt(&ok);
    if (!parser.isSet(QStringLiteral("decimals")) || !ok)
        return context.usageError(QStringLiteral("--decimals takes the token's number of decimals"));

    Asset typed;
    typed.code = args.first().toStdString();
    typed.name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")).toStdString() : typed.code;
    typed.chain = *chain;
    typed.decimals = decimals;
    typed.displayDecimals = std::min(2, std::max(decimals, 0));
    if (parser.isSet(QStringLiteral("display-decimals"))) {
        typed.displayDecimals = parser.value(QStringLiteral("display-decimals")).toInt(&ok);
        if (!ok)
            return context.usageError(QStringLiteral("--display-decimals takes a number"));
    }
    if (parser.isSet(QStringLiteral("erc20"))) {
        typed.identity = AssetIdentity::erc20(parser.value(QStringLiteral("erc20")).trimmed().toStdString());
    } else if (parser.isSet(QStringLiteral("stellar-issuer"))) {
        const QString code = parser.isSet(QStringLiteral("stellar-code")) ? parser.value(QStringLiteral("stellar-code"))
                                                                          : args.first();
        typed.identity = AssetIdentity::stellarCredit(code.trimmed().toStdString(),
                                                      parser.value(QStringLiteral("stellar-issuer")).trimmed().toStdString());
    } else {
        auto id = chains::parseAsaId(parser.value(QStringLiteral("asa")).trimmed().toStdString());
        if (!id)
            return context.refuse(QString::fromStdString(id.error().message) + QStringLiteral("; nothing changed"));
        typed.identity = AssetIdentity::algorandAsa(id.value());
    }
    // Everything that needs neither the node nor the database, first.
    auto checked = security::AuditedAssets::check(typed);
    if (!checked)
        return context.refuse(checked.error());

    Database *db = context.database();
    if (!db)
        return Refused;
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    std::string nodeUrl;
    {
        depositcli::Services services(*db);
        auto settings = services.wallets().chainSettings(*chain);
        if (!settings)
            return context.refuse(settings.error());
        nodeUrl = settings.value().nodeUrl;
    }
    auto fromNode = chains::confirmTokenDecimals(checked.value().identity, checked.value().decimals, nodeUrl);
    if (!fromNode)
        return context.refuse(QString::fromStdString(fromNode.error().message) + QStringLiteral("; nothing changed"));
    SystemClock clock;
    auto added = security::AuditedAssets(*db, clock).add(*actor, checked.value(), fromNode.value());
    if (!added)
        return context.refuse(added.error());
    const Asset &asset = added.value().asset;
    context.out() << QString::fromStdString(asset.code) << " added: " << QString::fromStdString(asset.identity.describe())
                  << " on " << QString::fromLatin1(chainName(asset.chain)) << ", " << asset.decimals
                  << " decimals; every setting is 0 until set (asset set)" << Qt::endl;
    return Success;
}
