#include "withdrawalsreleasecommand.h"

#include "commandcontext.h"
#include "withdrawalcli.h"
#include "core/store/database.h"
#include "core/withdrawals/manualpayoutservice.h"

using namespace exchange;

void WithdrawalsReleaseCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("paid"),
                                        QStringLiteral("Paid after all: the TxId that paid it from hot (the one the signer's "
                                                       "journal names, or another); checked on the chain."),
                                        QStringLiteral("TXID")));
    parser.addOption(QCommandLineOption(QStringLiteral("reject"),
                                        QStringLiteral("Not paid: why (kept with the withdrawal and in the audit log); the "
                                                       "funds go back to the customer."),
                                        QStringLiteral("REASON")));
}

int WithdrawalsReleaseCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("withdrawals release needs one withdrawal ID"));
    const auto id = withdrawalcli::parseId(args.at(0));
    if (!id)
        return context.notAn(args.at(0), QStringLiteral("a withdrawal id"));
    const bool paid = parser.isSet(QStringLiteral("paid"));
    const bool reject = parser.isSet(QStringLiteral("reject"));
    if (paid == reject)
        return context.usageError(QStringLiteral("withdrawals release needs exactly one of --paid TXID and --reject REASON"));
    const QString value = parser.value(paid ? QStringLiteral("paid") : QStringLiteral("reject")).trimmed();
    if (value.isEmpty())
        return context.usageError(paid ? QStringLiteral("withdrawals release --paid needs the TxId")
                                       : QStringLiteral("withdrawals release --reject needs a reason"));
    Database *db = context.database();
    if (!db)
        return Refused;
    auto assets = context.assets();
    if (!assets)
        return context.refuse(assets.error());
    withdrawalcli::Services services(*db);
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto done = paid ? services.manualPayouts().releaseHeldAsPaid(*actor, *id, value.toStdString())
                     : services.manualPayouts().releaseHeldAsRejected(*actor, *id, value.toStdString());
    if (!done)
        return context.refuse(done.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(withdrawalcli::toJson(done.value(), assets.value())));
    else if (paid)
        context.out() << withdrawalcli::describe(done.value(), assets.value()) << QStringLiteral(", paid by ")
                      << QString::fromStdString(done.value().txid.value_or("")) << Qt::endl;
    else
        context.out() << withdrawalcli::describe(done.value(), assets.value()) << Qt::endl;
    return Success;
}
