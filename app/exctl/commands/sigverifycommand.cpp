#include "sigverifycommand.h"

#include "chainoption.h"
#include "commandcontext.h"
#include "core/chains/chainchecks.h"
#include "core/crypto/hex.h"

#include <QJsonObject>

void SigVerifyCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(chainoption::option());
    parser.addOption({QStringLiteral("signer"), QStringLiteral("The address that claims to have signed"), QStringLiteral("address")});
    parser.addOption({QStringLiteral("message"), QStringLiteral("The signed message, as UTF-8 text"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("message-hex"), QStringLiteral("The signed message as hex bytes (instead of --message)"), QStringLiteral("hex")});
    parser.addOption({QStringLiteral("sig"), QStringLiteral("The signature: hex (with or without 0x) for Ethereum; base64 or hex for Algorand and Stellar (Keypair.sign or SEP-53)"), QStringLiteral("signature")});
}

int SigVerifyCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const auto chain = chainoption::value(parser);
    if (!chain)
        return context.usageError(QStringLiteral("--chain must be ethereum, algorand or stellar"));
    if (!parser.isSet(QStringLiteral("signer")) || !parser.isSet(QStringLiteral("sig")))
        return context.usageError(QStringLiteral("--signer and --sig are required"));
    if (parser.isSet(QStringLiteral("message")) == parser.isSet(QStringLiteral("message-hex")))
        return context.usageError(QStringLiteral("give exactly one of --message and --message-hex"));
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("sig verify takes no positional arguments"));

    QByteArray message;
    if (parser.isSet(QStringLiteral("message"))) {
        message = parser.value(QStringLiteral("message")).toUtf8();
    } else {
        auto bytes = exchange::hex::decodeOptionalPrefix(parser.value(QStringLiteral("message-hex")).toStdString());
        if (!bytes)
            return context.usageError(QStringLiteral("--message-hex: ") + QString::fromStdString(bytes.error().message));
        message = bytes.value();
    }
    const auto result = exchange::chains::verifyMessage(*chain, parser.value(QStringLiteral("signer")).toStdString(),
                                                        message, parser.value(QStringLiteral("sig")).toStdString());
    // The scheme that verified: a Stellar signature may be plain Ed25519 or SEP-53.
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json{{QStringLiteral("valid"), result.ok()}};
        if (result)
            json[QStringLiteral("scheme")] = QString::fromLatin1(exchange::chains::messageSchemeName(result.value()));
        else
            json[QStringLiteral("reason")] = QString::fromStdString(result.error().message);
        context.printJson(QJsonDocument(json));
        return result ? Success : Refused;
    }
    if (!result)
        return context.refuse(QStringLiteral("invalid: ") + QString::fromStdString(result.error().message));
    context.out() << "valid (" << QString::fromLatin1(exchange::chains::messageSchemeName(result.value())) << ")\n";
    return Success;
}
