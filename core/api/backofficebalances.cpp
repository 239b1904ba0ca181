#include "core/api/backofficebalances.h"

#include "core/ledger/ledgerqueries.h"
#include "core/store/assetrepository.h"
#include "core/store/customer.h"
#include "core/store/database.h"

#include <QJsonArray>

#include <algorithm>
#include <map>

namespace exchange::api {

Result<std::map<std::string, int>> assetDecimals(Database &database)
{
    return AssetRepository(database.connection(), database.dialect()).decimalsByCode();
}

Result<QJsonObject> backOfficeBalances(Database &database, const Customer &customer)
{
    auto known = assetDecimals(database);
    if (!known)
        return known.error();
    const std::map<std::string, int> &decimals = known.value();
    auto accounts = ledger::LedgerQueries(database).balances(customer.id, std::nullopt);
    if (!accounts)
        return accounts.error();
    std::vector<ledger::Account> sorted = std::move(accounts).value();
    std::sort(sorted.begin(), sorted.end(),
              [](const ledger::Account &a, const ledger::Account &b) { return a.key.asset < b.key.asset; });
    QJsonArray balances;
    for (const ledger::Account &a : sorted) {
        const auto unit = decimals.find(a.key.asset);
        // An account exists only for a configured asset; without its
        // decimals no amount could be said exactly.
        if (unit == decimals.end())
            return Error{ErrorCode::Internal, "customer account " + a.key.toString() + " is of an unknown asset"};
        const auto text = [&](Amount amount) { return QString::fromStdString(amount.format(unit->second)); };
        balances.append(QJsonObject{{QStringLiteral("asset"), QString::fromStdString(a.key.asset)},
                                    {QStringLiteral("decimals"), unit->second},
                                    {QStringLiteral("available"), text(a.available())},
                                    {QStringLiteral("held"), text(a.reserved())},
                                    {QStringLiteral("total"), text(a.balance())}});
    }
    return QJsonObject{{QStringLiteral("external_id"), customer.externalId}, {QStringLiteral("balances"), balances}};
}

} // namespace exchange::api
