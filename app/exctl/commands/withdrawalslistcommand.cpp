#include "withdrawalslistcommand.h"
#include "customeroption.h"

#include "commandcontext.h"
#include "withdrawalcli.h"
#include "core/store/database.h"
#include "core/withdrawals/withdrawalservice.h"

#include <QJsonArray>

using namespace exchange;

void WithdrawalsListCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("state"),
                                        QStringLiteral("under_review, approved, processing, broadcast, succeeded, failed, rejected,"
                                                       " cancelled, error or manual_payout."),
                                        QStringLiteral("S")));
    parser.addOption(QCommandLineOption(QStringLiteral("customer"), QStringLiteral("Only this customer's (number or external id)."), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("asset"), QStringLiteral("Only this asset."), QStringLiteral("CODE")));
    parser.addOption(QCommandLineOption(QStringLiteral("limit"), QStringLiteral("At most this many (default 1000)."),
                                        QStringLiteral("N"), QStringLiteral("1000")));
}

int WithdrawalsListCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("withdrawals list takes no arguments"));
    withdrawals::WithdrawalFilter filter;
    if (parser.isSet(QStringLiteral("state"))) {
        filter.state = withdrawals::withdrawalStateFromName(parser.value(QStringLiteral("state")).toStdString());
        if (!filter.state)
            return context.usageError(QStringLiteral("unknown state '%1'").arg(parser.value(QStringLiteral("state"))));
    }
    if (parser.isSet(QStringLiteral("asset")))
        filter.asset = parser.value(QStringLiteral("asset")).toStdString();
    bool limitOk = false;
    filter.limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || filter.limit <= 0)
        return context.usageError(QStringLiteral("--limit takes a positive number"));

    Database *db = context.database();
    if (!db)
        return Refused;
    if (parser.isSet(QStringLiteral("customer"))) {
        auto number = customercli::customerNumber(db->connection(), parser.value(QStringLiteral("customer")));
        if (!number)
            return context.refuse(number.error());
        filter.customerId = number.value();
    }
    auto assets = context.assets();
    if (!assets)
        return context.refuse(assets.error());
    withdrawalcli::Services services(*db);
    auto list = services.withdrawals().list(filter);
    if (!list)
        return context.refuse(list.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &w : list.value())
            array.append(withdrawalcli::toJson(w, assets.value()));
        context.printJson(QJsonDocument(array));
        return Success;
    }
    for (const auto &w : list.value())
        context.out() << withdrawalcli::describe(w, assets.value()) << '\n';
    return Success;
}
