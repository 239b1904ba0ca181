#include "customershowcommand.h"

#include "commandcontext.h"
#include "customercli.h"
#include "core/customers/customerservice.h"
#include "core/ledger/ledgerqueries.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace exchange;

int CustomerShowCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("customer show needs one EXTERNAL_ID"));
    Database *db = context.database();
    if (!db)
        return Refused;
    customercli::Services services(*db);
    auto customer = services.customers().findByExternalId(args.at(0));
    if (!customer)
        return context.refuse(customer.error());
    auto assets = context.assets();
    if (!assets)
        return context.refuse(assets.error());
    auto accounts = ledger::LedgerQueries(*db).balances(customer.value().id, std::nullopt);
    if (!accounts)
        return context.refuse(accounts.error());
    const auto fmt = [&](const std::string &asset, Amount a) {
        // An account exists only for a configured asset; its code alone otherwise.
        const auto found = assets.value().find(asset);
        return found == assets.value().end() ? QStringLiteral("?") : QString::fromStdString(found->second.format(a));
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray balances;
        for (const ledger::Account &a : accounts.value())
            balances.append(QJsonObject{{QStringLiteral("asset"), QString::fromStdString(a.key.asset)},
                                        {QStringLiteral("balance"), fmt(a.key.asset, a.balance())},
                                        {QStringLiteral("available"), fmt(a.key.asset, a.available())},
                                        {QStringLiteral("held"), fmt(a.key.asset, a.reserved())}});
        QJsonObject root = customercli::toJson(customer.value());
        root.insert(QStringLiteral("balances"), balances);
        context.printJson(QJsonDocument(root));
        return Success;
    }
    QTextStream &out = context.out();
    out << customercli::describe(customer.value()) << '\n';
    if (accounts.value().empty())
        out << "  no balances\n";
    for (const ledger::Account &a : accounts.value())
        out << QStringLiteral("  %1 %2 available, %3 held\n")
                   .arg(QString::fromStdString(a.key.asset), -6)
                   .arg(fmt(a.key.asset, a.available()), 28)
                   .arg(fmt(a.key.asset, a.reserved()));
    out.flush();
    return Success;
}
