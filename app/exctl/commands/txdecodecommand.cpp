#include "txdecodecommand.h"

#include "chainoption.h"
#include "commandcontext.h"
#include "core/chains/chainchecks.h"
#include "core/chains/stellar/paymenttransaction.h"

void TxDecodeCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(chainoption::option());
    parser.addOption({QStringLiteral("network"),
                      QStringLiteral("Stellar network for the hash: public (default), testnet or a passphrase"),
                      QStringLiteral("network"), QStringLiteral("public")});
}

int TxDecodeCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const auto chain = chainoption::value(parser);
    if (!chain)
        return context.usageError(QStringLiteral("--chain must be ethereum, algorand or stellar"));
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("tx decode takes exactly one RAW transaction"));
    const QString network = parser.value(QStringLiteral("network"));
    std::string passphrase = network.toStdString();
    if (network == QStringLiteral("public"))
        passphrase = exchange::stellar::PublicNetworkPassphrase;
    else if (network == QStringLiteral("testnet"))
        passphrase = exchange::stellar::TestNetworkPassphrase;
    const auto result = exchange::chains::decodeTransaction(*chain, parser.positionalArguments().first().toStdString(), passphrase);
    if (!result)
        return context.refuse(QString::fromStdString(result.error().message));
    // The fields are JSON either way; --json is accepted for symmetry.
    context.printJson(QJsonDocument(result.value()));
    return Success;
}
