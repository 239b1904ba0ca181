#include "ledgerbalancescommand.h"
#include "customeroption.h"

#include "commandcontext.h"
#include "core/store/database.h"
#include "core/ledger/ledgerqueries.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace exchange;

void LedgerBalancesCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("customer"), QStringLiteral("Only this customer's accounts (number or external id)."), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("asset"), QStringLiteral("Only this asset."), QStringLiteral("CODE")));
}

int LedgerBalancesCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("ledger balances takes no arguments"));
    std::optional<std::int64_t> customer;
    std::optional<std::string> assetFilter;
    if (parser.isSet(QStringLiteral("asset")))
        assetFilter = parser.value(QStringLiteral("asset")).toStdString();

    Database *db = context.database();
    if (!db)
        return Refused;
    if (parser.isSet(QStringLiteral("customer"))) {
        auto number = customercli::customerNumber(db->connection(), parser.value(QStringLiteral("customer")));
        if (!number)
            return context.refuse(number.error());
        customer = number.value();
    }
    auto assets = context.assets();
    if (!assets)
        return context.refuse(assets.error());
    if (assetFilter && !assets.value().count(*assetFilter))
        return context.refuse(QStringLiteral("unknown asset '%1'").arg(QString::fromStdString(*assetFilter)));
    ledger::LedgerQueries queries(*db);
    auto accounts = queries.balances(customer, assetFilter);
    if (!accounts)
        return context.refuse(accounts.error());
    auto positions = queries.positions();
    if (!positions)
        return context.refuse(positions.error());
    const auto fmt = [&](const std::string &asset, Amount a) {
        return QString::fromStdString(assets.value().at(asset).format(a));
    };

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ledger::Account &a : accounts.value()) {
            list.append(QJsonObject{{QStringLiteral("account"), QString::fromStdString(a.key.toString())},
                                    {QStringLiteral("kind"), QString::fromLatin1(ledger::accountKindName(a.key.kind))},
                                    {QStringLiteral("owner"), QString::fromStdString(a.key.owner)},
                                    {QStringLiteral("asset"), QString::fromStdString(a.key.asset)},
                                    {QStringLiteral("balance"), fmt(a.key.asset, a.balance())},
                                    {QStringLiteral("available"), fmt(a.key.asset, a.available())},
                                    {QStringLiteral("reserved"), fmt(a.key.asset, a.reserved())},
                                    {QStringLiteral("debits_posted"), fmt(a.key.asset, a.debitsPosted)},
                                    {QStringLiteral("credits_posted"), fmt(a.key.asset, a.creditsPosted)},
                                    {QStringLiteral("debits_pending"), fmt(a.key.asset, a.debitsPending)},
                                    {QStringLiteral("credits_pending"), fmt(a.key.asset, a.creditsPending)}});
        }
        QJsonArray byAsset;
        for (const auto &p : positions.value()) {
            if (assetFilter && p.asset != *assetFilter)
                continue;
            byAsset.append(QJsonObject{{QStringLiteral("asset"), QString::fromStdString(p.asset)},
                                       {QStringLiteral("liabilities"), fmt(p.asset, p.liabilities)},
                                       {QStringLiteral("reserved"), fmt(p.asset, p.reserved)},
                                       {QStringLiteral("holdings"), fmt(p.asset, p.holdings)},
                                       {QStringLiteral("revenue"), fmt(p.asset, p.revenue)},
                                       {QStringLiteral("expenses"), fmt(p.asset, p.expenses)},
                                       {QStringLiteral("equity"), fmt(p.asset, p.equity)},
                                       {QStringLiteral("surplus"), fmt(p.asset, p.surplus())}});
        }
        QJsonObject root{{QStringLiteral("accounts"), list}};
        if (!customer)
            root.insert(QStringLiteral("assets"), byAsset);
        context.printJson(QJsonDocument(root));
        return Success;
    }

    QTextStream &out = context.out();
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("ACCOUNT"), -32).arg(QStringLiteral("BALANCE"), 28)
               .arg(QStringLiteral("AVAILABLE"), 28).arg(QStringLiteral("RESERVED"), 28);
    for (const ledger::Account &a : accounts.value()) {
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(QString::fromStdString(a.key.toString()), -32)
                   .arg(fmt(a.key.asset, a.balance()), 28)
                   .arg(fmt(a.key.asset, a.available()), 28)
                   .arg(fmt(a.key.asset, a.reserved()), 28);
    }
    if (!customer) {
        out << '\n' << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("ASSET"), -6).arg(QStringLiteral("OWED TO CUSTOMERS"), 28)
                           .arg(QStringLiteral("HELD IN WALLETS"), 28).arg(QStringLiteral("SURPLUS"), 28);
        for (const auto &p : positions.value()) {
            if (assetFilter && p.asset != *assetFilter)
                continue;
            out << QStringLiteral("%1 %2 %3 %4\n").arg(QString::fromStdString(p.asset), -6).arg(fmt(p.asset, p.liabilities), 28)
                       .arg(fmt(p.asset, p.holdings), 28).arg(fmt(p.asset, p.surplus()), 28);
        }
    }
    return Success;
}
