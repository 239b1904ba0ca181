#include "withdrawalsmanualcommand.h"

#include "commandcontext.h"
#include "withdrawalcli.h"
#include "core/store/database.h"
#include "core/withdrawals/manualpayoutservice.h"

#include <QJsonArray>

using namespace exchange;

void WithdrawalsManualCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("note"),
                                        QStringLiteral("Why, or the ticket (kept with the withdrawal and in the audit log)."),
                                        QStringLiteral("TEXT")));
}

int WithdrawalsManualCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("withdrawals manual needs one withdrawal ID"));
    const auto id = withdrawalcli::parseId(args.at(0));
    if (!id)
        return context.notAn(args.at(0), QStringLiteral("a withdrawal id"));
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
    auto done = services.manualPayouts().sendToManual(*actor, *id,
                                                      parser.value(QStringLiteral("note")).toStdString());
    if (!done)
        return context.refuse(done.error());
    auto warm = services.manualPayouts().warmWallets(done.value());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = withdrawalcli::toJson(done.value(), assets.value());
        QJsonArray from;
        for (const std::string &address : warm ? warm.value() : std::vector<std::string>())
            from.append(QString::fromStdString(address));
        o.insert(QStringLiteral("pay_from"), from);
        context.printJson(QJsonDocument(o));
        return Success;
    }
    context.out() << withdrawalcli::describe(done.value(), assets.value()) << Qt::endl;
    if (warm)
        context.out() << QStringLiteral("pay it from the warm wallet %1, then: exctl withdrawals txid %2 TXID")
                             .arg(QString::fromStdString(warm.value().front()))
                             .arg(*id)
                      << Qt::endl;
    else
        context.out() << QString::fromStdString(warm.error().message) << Qt::endl;
    return Success;
}
