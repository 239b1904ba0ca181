#include "addressvalidatecommand.h"

#include "chainoption.h"
#include "commandcontext.h"
#include "core/chains/chainchecks.h"

#include <QJsonObject>

void AddressValidateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(chainoption::option());
}

int AddressValidateCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const auto chain = chainoption::value(parser);
    if (!chain)
        return context.usageError(QStringLiteral("--chain must be ethereum, algorand or stellar"));
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("address validate takes exactly one ADDRESS"));
    const auto result = exchange::chains::validateAddress(*chain, parser.positionalArguments().first().toStdString());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json{{QStringLiteral("valid"), result.ok()}};
        if (result)
            json[QStringLiteral("address")] = QString::fromStdString(result.value());
        else
            json[QStringLiteral("reason")] = QString::fromStdString(result.error().message);
        context.printJson(QJsonDocument(json));
        return result ? Success : Refused;
    }
    if (!result)
        return context.refuse(QStringLiteral("invalid: ") + QString::fromStdString(result.error().message));
    context.out() << "valid " << QString::fromStdString(result.value()) << '\n';
    return Success;
}
