#include "core/store/customeraddressrepository.h"

#include "core/store/sql.h"

#include <QSqlQuery>

namespace exchange {

namespace {

QVariant int64(std::int64_t v)
{
    return QVariant::fromValue(static_cast<qint64>(v));
}

QString chainText(Chain chain)
{
    return QString::fromLatin1(chainName(chain).data(), static_cast<qsizetype>(chainName(chain).size()));
}

const QString kSelect = QStringLiteral("SELECT customer_id, chain, address, label, added_by, added_at FROM customer_addresses");

Result<CustomerAddress> readRow(const QSqlQuery &q)
{
    const auto chain = chainFromName(q.value(1).toString().toStdString());
    if (!chain)
        return Error{ErrorCode::Corrupted, "an address of customer " + q.value(0).toString().toStdString() + " has no known chain"};
    return CustomerAddress{q.value(0).toLongLong(), *chain, q.value(2).toString().toStdString(), q.value(3).toString(),
                           q.value(4).toString().toStdString(), q.value(5).toLongLong()};
}

} // namespace

Result<std::vector<CustomerAddress>> CustomerAddressRepository::list(std::int64_t customerId) const
{
    auto q = sql::run(m_db, kSelect + QStringLiteral(" WHERE customer_id = ? ORDER BY added_at, chain, address"),
                      {int64(customerId)});
    if (!q)
        return q.error();
    std::vector<CustomerAddress> rows;
    while (q.value().next()) {
        auto row = readRow(q.value());
        if (!row)
            return row.error();
        rows.push_back(std::move(row).value());
    }
    return rows;
}

Result<std::optional<CustomerAddress>> CustomerAddressRepository::find(std::int64_t customerId, Chain chain,
                                                                        const std::string &address) const
{
    auto q = sql::run(m_db, kSelect + QStringLiteral(" WHERE customer_id = ? AND chain = ? AND address = ?"),
                      {int64(customerId), chainText(chain), QString::fromStdString(address)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<CustomerAddress>();
    auto row = readRow(q.value());
    if (!row)
        return row.error();
    return std::optional<CustomerAddress>(std::move(row).value());
}

Result<bool> CustomerAddressRepository::has(std::int64_t customerId, Chain chain, const std::string &address) const
{
    auto found = find(customerId, chain, address);
    if (!found)
        return found.error();
    return found.value().has_value();
}

Result<void> CustomerAddressRepository::add(const CustomerAddress &a)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO customer_addresses (customer_id, chain, address, label, added_by, added_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?)"),
                      {int64(a.customerId), chainText(a.chain), QString::fromStdString(a.address),
                       a.label.isNull() ? QStringLiteral("") : a.label, // a null QString binds as NULL
                       QString::fromStdString(a.addedBy), int64(a.addedAtMs)});
    if (!q) {
        if (q.error().code == ErrorCode::Conflict)
            return Error{ErrorCode::Conflict, "customer " + std::to_string(a.customerId) + " has " + a.address + " already"};
        return q.error();
    }
    return {};
}

Result<void> CustomerAddressRepository::remove(std::int64_t customerId, Chain chain, const std::string &address)
{
    auto q = sql::run(m_db, QStringLiteral("DELETE FROM customer_addresses WHERE customer_id = ? AND chain = ? AND address = ?"),
                      {int64(customerId), chainText(chain), QString::fromStdString(address)});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error{ErrorCode::NotFound, "customer " + std::to_string(customerId) + " does not have " + address};
    return {};
}

Result<std::optional<CustomerAddressRepository::WalletUse>> CustomerAddressRepository::walletUse(Chain chain,
                                                                                               const std::string &address) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT tier, customer_id FROM wallets WHERE chain = ? AND address = ?"),
                      {chainText(chain), QString::fromStdString(address)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<WalletUse>();
    WalletUse use{q.value().value(0).toString().toStdString(), std::nullopt};
    if (!q.value().value(1).isNull())
        use.customerId = q.value().value(1).toLongLong();
    return std::optional<WalletUse>(use);
}

} // namespace exchange
