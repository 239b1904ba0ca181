#include "depositslistcommand.h"
#include "customeroption.h"

#include "commandcontext.h"
#include "depositcli.h"
#include "core/deposits/depositservice.h"
#include "core/store/database.h"

#include <QJsonArray>

using namespace exchange;

void DepositsListCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("state"),
                                        QStringLiteral("pending, ignored, unattributed, credited, collection_planned, collecting or collected."),
                                        QStringLiteral("S")));
    parser.addOption(QCommandLineOption(QStringLiteral("customer"), QStringLiteral("Only this customer's (number or external id)."), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("asset"), QStringLiteral("Only this asset."), QStringLiteral("CODE")));
    parser.addOption(QCommandLineOption(QStringLiteral("limit"), QStringLiteral("At most this many (default 1000)."),
                                        QStringLiteral("N"), QStringLiteral("1000")));
}

int DepositsListCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("deposits list takes no arguments"));
    deposits::DepositFilter filter;
    if (parser.isSet(QStringLiteral("state"))) {
        filter.state = deposits::depositStateFromName(parser.value(QStringLiteral("state")).toStdString());
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
    depositcli::Services services(*db);
    auto list = services.deposits().list(filter);
    if (!list)
        return context.refuse(list.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &d : list.value())
            array.append(depositcli::toJson(d, assets.value()));
        context.printJson(QJsonDocument(array));
        return Success;
    }
    QTextStream &out = context.out();
    for (const auto &d : list.value()) {
        const auto a = assets.value().find(d.asset);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(d.id, 6)
                   .arg(QString::fromLatin1(deposits::depositStateName(d.state)), -18)
                   .arg(a != assets.value().end() ? QString::fromStdString(a->second.format(d.amount)) : QString(), 22)
                   .arg(QString::fromStdString(d.asset), -5)
                   .arg(d.customerId ? QStringLiteral("customer %1").arg(*d.customerId) : QStringLiteral("-"), -14)
                   .arg(QString::fromStdString(d.txid).left(20));
    }
    return Success;
}
