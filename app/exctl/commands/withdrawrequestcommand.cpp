#include "withdrawrequestcommand.h"
#include "customeroption.h"

#include "commandcontext.h"
#include "withdrawalcli.h"
#include "core/base/message.h"
#include "core/security/trustanchor.h"
#include "core/store/database.h"
#include "core/withdrawals/withdrawalservice.h"

using namespace exchange;

void WithdrawRequestCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("customer"), QStringLiteral("The customer's number or external id (#N, @ID to say which)."), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("asset"), QStringLiteral("The asset, e.g. XLM."), QStringLiteral("CODE")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"), QStringLiteral("The destination address on the asset's chain."),
                                        QStringLiteral("ADDRESS")));
    parser.addOption(QCommandLineOption(QStringLiteral("amount"), QStringLiteral("What the customer receives; the fee comes on top."),
                                        QStringLiteral("X")));
}

int WithdrawRequestCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("withdraw request takes no arguments"));
    for (const char *option : {"customer", "asset", "to", "amount"}) {
        if (!parser.isSet(QString::fromLatin1(option)))
            return context.usageError(QStringLiteral("withdraw request needs --%1").arg(QString::fromLatin1(option)));
    }
    const std::string code = parser.value(QStringLiteral("asset")).toStdString();
    Database *db = context.database();
    if (!db)
        return Refused;
    const auto customer = customercli::customerNumber(db->connection(), parser.value(QStringLiteral("customer")));
    if (!customer)
        return context.refuse(customer.error());
    auto assets = context.assets();
    if (!assets)
        return context.refuse(assets.error());
    const auto asset = assets.value().find(code);
    if (asset == assets.value().end())
        return context.refuse(Error{ErrorCode::InvalidInput, "unknown asset " + code});
    // Parsed with the asset's decimals: more digits than it has are refused.
    auto amount = asset->second.parse(parser.value(QStringLiteral("amount")).toStdString());
    if (!amount)
        return context.refuse(amount.error());
    withdrawalcli::Services services(*db);
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    // With a pinned admin key the payout signer pays only a request that is
    // signed: refused here rather than held after it was made.
    if (!actor->signer) {
        auto pin = security::listedPinnedAdminKey(db->connection());
        if (!pin)
            return context.refuse(pin.error());
        if (!pin.value().isEmpty())
            return context.refuse(makeError(ErrorCode::Unauthorized, MessageId::WithdrawRequestNeedsOperator));
    }
    auto requested = services.withdrawals().request(*actor, customer.value(), code,
                                                    parser.value(QStringLiteral("to")).toStdString(), amount.value());
    if (!requested)
        return context.refuse(requested.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(withdrawalcli::toJson(requested.value(), assets.value())));
    else
        context.out() << withdrawalcli::describe(requested.value(), assets.value()) << Qt::endl;
    return Success;
}
