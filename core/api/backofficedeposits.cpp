#include "core/api/backofficedeposits.h"

#include "core/api/backofficebalances.h"
#include "core/base/chain.h"
#include "core/customers/customerservice.h"
#include "core/deposits/depositrecord.h"
#include "core/deposits/depositrepository.h"
#include "core/deposits/depositstate.h"
#include "core/store/customer.h"
#include "core/store/database.h"

#include <QDateTime>
#include <QJsonArray>

namespace exchange::api {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

Result<int> decimalsOf(const std::string &asset, const std::map<std::string, int> &decimals)
{
    const auto found = decimals.find(asset);
    if (found == decimals.end())
        return Error{ErrorCode::Internal, "a deposit of unknown asset " + asset};
    return found->second;
}

} // namespace

BackOfficeDeposits::BackOfficeDeposits(Database &database, customers::CustomerService &customers)
    : m_database(database), m_customers(customers)
{
}

QJsonObject BackOfficeDeposits::toJson(const deposits::DepositRecord &d, const QString &externalId, int decimals)
{
    return QJsonObject{
        {QStringLiteral("id"), static_cast<qint64>(d.id)},
        {QStringLiteral("external_id"), externalId},
        {QStringLiteral("asset"), text(d.asset)},
        {QStringLiteral("chain"), QString::fromLatin1(chainName(d.chain).data())},
        {QStringLiteral("txid"), text(d.txid)},
        {QStringLiteral("index"), d.index},
        {QStringLiteral("from"), text(d.from)},
        {QStringLiteral("to"), text(d.to)},
        {QStringLiteral("memo"), d.memo.empty() ? QJsonValue() : QJsonValue(text(d.memo))},
        {QStringLiteral("amount"), text(d.amount.format(decimals))},
        {QStringLiteral("state"), QString::fromLatin1(deposits::depositStateName(d.state).data())},
        {QStringLiteral("height"), d.height > 0 ? QJsonValue(static_cast<qint64>(d.height)) : QJsonValue()},
        {QStringLiteral("seen_at"), isoTime(d.seenAtMs)},
        {QStringLiteral("updated_at"), isoTime(d.updatedAtMs)},
    };
}

Result<QJsonObject> BackOfficeDeposits::one(std::int64_t id) const
{
    auto found = deposits::DepositRepository(m_database.connection(), m_database.dialect()).find(id);
    if (!found)
        return found.error();
    if (!found.value() || !found.value()->customerId)
        return Error{ErrorCode::NotFound, "no customer's deposit has id " + std::to_string(id)};
    const deposits::DepositRecord &d = *found.value();
    auto customer = m_customers.find(*d.customerId);
    if (!customer)
        return customer.error().code == ErrorCode::NotFound
                   ? Error{ErrorCode::Internal, "deposit " + std::to_string(id) + " of an unknown customer"}
                   : customer.error();
    auto known = assetDecimals(m_database);
    if (!known)
        return known.error();
    auto decimals = decimalsOf(d.asset, known.value());
    if (!decimals)
        return decimals.error();
    return toJson(d, customer.value().externalId, decimals.value());
}

Result<QJsonObject> BackOfficeDeposits::ofCustomer(const Customer &customer, const BackOfficePage &page) const
{
    auto known = assetDecimals(m_database);
    if (!known)
        return known.error();
    // One more than the page says whether there is a next page.
    auto rows = deposits::DepositRepository(m_database.connection(), m_database.dialect())
                    .ofCustomer(customer.id, page.beforeId, page.limit + 1);
    if (!rows)
        return rows.error();
    const bool more = static_cast<int>(rows.value().size()) > page.limit;
    if (more)
        rows.value().pop_back();
    QJsonArray items;
    for (const deposits::DepositRecord &d : rows.value()) {
        auto decimals = decimalsOf(d.asset, known.value());
        if (!decimals)
            return decimals.error();
        items.append(toJson(d, customer.externalId, decimals.value()));
    }
    return QJsonObject{{QStringLiteral("external_id"), customer.externalId},
                       {QStringLiteral("deposits"), items},
                       {QStringLiteral("next_cursor"),
                        BackOfficePage::nextCursor(more, rows.value().empty() ? 0 : rows.value().back().id)}};
}

} // namespace exchange::api
