#include "core/api/backofficewithdrawals.h"

#include "core/api/backofficebalances.h"
#include "core/base/chain.h"
#include "core/customers/customerservice.h"
#include "core/store/customer.h"
#include "core/store/database.h"
#include "core/withdrawals/withdrawalrecord.h"
#include "core/withdrawals/withdrawalrepository.h"
#include "core/withdrawals/withdrawalstate.h"

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

} // namespace

BackOfficeWithdrawals::BackOfficeWithdrawals(Database &database, customers::CustomerService &customers)
    : m_database(database), m_customers(customers)
{
}

QJsonObject BackOfficeWithdrawals::toJson(const withdrawals::WithdrawalRecord &w, const QString &externalId, int decimals)
{
    return QJsonObject{
        {QStringLiteral("id"), static_cast<qint64>(w.id)},
        {QStringLiteral("external_id"), externalId},
        {QStringLiteral("asset"), text(w.asset)},
        {QStringLiteral("chain"), QString::fromLatin1(chainName(w.chain).data())},
        {QStringLiteral("destination"), text(w.destination)},
        {QStringLiteral("amount"), text(w.amount.format(decimals))},
        {QStringLiteral("fee"), text(w.fee.format(decimals))},
        {QStringLiteral("state"), QString::fromLatin1(withdrawals::withdrawalStateName(w.state).data())},
        {QStringLiteral("review_reason"), w.reviewReason.empty() ? QJsonValue() : QJsonValue(text(w.reviewReason))},
        {QStringLiteral("txid"), w.txid ? QJsonValue(text(*w.txid)) : QJsonValue()},
        {QStringLiteral("internal"), w.internalTo.has_value()},
        {QStringLiteral("requested_at"), isoTime(w.requestedAtMs)},
        {QStringLiteral("updated_at"), isoTime(w.updatedAtMs)},
    };
}

Result<int> BackOfficeWithdrawals::decimalsOf(const std::string &asset, const std::map<std::string, int> &decimals) const
{
    const auto found = decimals.find(asset);
    if (found == decimals.end())
        return Error{ErrorCode::Internal, "a withdrawal of unknown asset " + asset};
    return found->second;
}

Result<QJsonObject> BackOfficeWithdrawals::one(std::int64_t id) const
{
    auto w = withdrawals::WithdrawalRepository(m_database.connection(), m_database.dialect()).get(id);
    if (!w)
        return w.error();
    auto customer = m_customers.find(w.value().customerId);
    if (!customer)
        return customer.error().code == ErrorCode::NotFound
                   ? Error{ErrorCode::Internal, "withdrawal " + std::to_string(id) + " of an unknown customer"}
                   : customer.error();
    auto known = assetDecimals(m_database);
    if (!known)
        return known.error();
    auto decimals = decimalsOf(w.value().asset, known.value());
    if (!decimals)
        return decimals.error();
    return toJson(w.value(), customer.value().externalId, decimals.value());
}

Result<QJsonObject> BackOfficeWithdrawals::ofCustomer(const Customer &customer, const BackOfficePage &page) const
{
    auto known = assetDecimals(m_database);
    if (!known)
        return known.error();
    withdrawals::WithdrawalFilter filter;
    filter.customerId = customer.id;
    filter.beforeId = page.beforeId;
    filter.limit = page.limit + 1; // one more says whether there is a next page
    auto rows = withdrawals::WithdrawalRepository(m_database.connection(), m_database.dialect()).list(filter);
    if (!rows)
        return rows.error();
    const bool more = static_cast<int>(rows.value().size()) > page.limit;
    if (more)
        rows.value().pop_back();
    QJsonArray items;
    for (const withdrawals::WithdrawalRecord &w : rows.value()) {
        auto decimals = decimalsOf(w.asset, known.value());
        if (!decimals)
            return decimals.error();
        items.append(toJson(w, customer.externalId, decimals.value()));
    }
    return QJsonObject{{QStringLiteral("external_id"), customer.externalId},
                       {QStringLiteral("withdrawals"), items},
                       {QStringLiteral("next_cursor"),
                        BackOfficePage::nextCursor(more, rows.value().empty() ? 0 : rows.value().back().id)}};
}

} // namespace exchange::api
