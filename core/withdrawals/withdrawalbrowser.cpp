#include "core/withdrawals/withdrawalbrowser.h"

#include "core/chains/chainchecks.h"
#include "core/store/sql.h"
#include "core/withdrawals/withdrawalrepository.h"

#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace exchange::withdrawals {

namespace {

// In WithdrawalRepository::readRow's order.
const QString kColumns = QStringLiteral(
    "SELECT w.id, w.customer_id, w.asset, w.chain, w.destination, w.amount, w.fee, w.state, w.review_reason,"
    " w.requested_by, w.requested_at, w.updated_at, w.txid, w.note, w.new_destination, w.internal_to"
    " FROM withdrawals w");

QVariant int64(std::int64_t v)
{
    return QVariant::fromValue(static_cast<qint64>(v));
}

QString placeholders(std::size_t n)
{
    QString s;
    for (std::size_t i = 0; i < n; ++i)
        s += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return s;
}

QString orderBy(WithdrawalSort sort, bool descending)
{
    QStringList keys;
    switch (sort) {
    case WithdrawalSort::Requested: keys = {QStringLiteral("w.requested_at"), QStringLiteral("w.id")}; break;
    case WithdrawalSort::Id: keys = {QStringLiteral("w.id")}; break;
    case WithdrawalSort::Customer:
        keys = {QStringLiteral("w.customer_id"), QStringLiteral("w.requested_at"), QStringLiteral("w.id")};
        break;
    case WithdrawalSort::Amount: keys = {QStringLiteral("w.asset"), QStringLiteral("w.amount"), QStringLiteral("w.id")}; break;
    case WithdrawalSort::State:
        keys = {QStringLiteral("w.state"), QStringLiteral("w.requested_at"), QStringLiteral("w.id")};
        break;
    case WithdrawalSort::Updated: keys = {QStringLiteral("w.updated_at"), QStringLiteral("w.id")}; break;
    }
    // One direction for every key, so that one index serves the order read
    // forwards or backwards.
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY ") + keys.join(direction + QStringLiteral(", ")) + direction;
}

// A LIKE pattern matching text anywhere, with its wildcards escaped.
QString containing(const std::string &text)
{
    QString escaped;
    for (const QChar c : QString::fromStdString(text).toLower()) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

} // namespace

Result<QString> WithdrawalBrowser::where(const WithdrawalQuery &query, QVariantList &values) const
{
    QString clause = QStringLiteral(" WHERE 1 = 1");
    if (!query.states.empty()) {
        clause += QStringLiteral(" AND w.state IN (") + placeholders(query.states.size()) + u')';
        for (WithdrawalState s : query.states)
            values << QString::fromLatin1(withdrawalStateName(s));
    }
    if (query.asset) {
        clause += QStringLiteral(" AND w.asset = ?");
        values << QString::fromStdString(*query.asset);
    }
    if (query.customerId) {
        clause += QStringLiteral(" AND w.customer_id = ?");
        values << int64(*query.customerId);
    }
    if ((query.minAmount || query.maxAmount) && !query.asset)
        return Error{ErrorCode::InvalidInput, "an amount filter needs an asset: amounts of different assets do not compare"};
    for (const auto &[bound, op] : {std::pair{query.minAmount, ">="}, std::pair{query.maxAmount, "<="}}) {
        if (!bound)
            continue;
        if (bound->isNegative())
            return Error{ErrorCode::InvalidInput, "an amount filter cannot be negative"};
        clause += QStringLiteral(" AND w.amount ") + QLatin1String(op) + QStringLiteral(" ?");
        values << m_dialect.amountToSql(*bound);
    }
    const QString text = QString::fromStdString(query.text).trimmed();
    if (!text.isEmpty()) {
        // Every alternative is answered by an index, so a million rows are
        // never read one by one. An address (in any accepted spelling) is
        // looked up as its chain stores it, alone, so that its withdrawals
        // come in order from the destination index.
        QStringList addresses;
        for (Chain chain : {Chain::Stellar, Chain::Ethereum, Chain::Algorand}) {
            if (auto canonical = chains::validateAddress(chain, text.toStdString()); canonical)
                addresses << QString::fromStdString(canonical.value());
        }
        if (!addresses.isEmpty()) {
            clause += QStringLiteral(" AND w.destination IN (") + placeholders(static_cast<std::size_t>(addresses.size())) + u')';
            for (const QString &a : addresses)
                values << a;
            return clause;
        }
        // Otherwise a part of a customer's name (through the small customers
        // table, then the customer index), a whole TxId, or an id.
        QStringList any;
        any << QStringLiteral("w.customer_id IN (SELECT id FROM customers WHERE LOWER(name) LIKE ? ESCAPE '\\')");
        values << containing(text.toStdString());
        any << QStringLiteral("w.txid = ?");
        values << text;
        bool digits = false;
        const qint64 number = text.startsWith(u'#') ? text.mid(1).toLongLong(&digits) : text.toLongLong(&digits);
        if (digits && number > 0) {
            any << QStringLiteral("w.id = ?") << QStringLiteral("w.customer_id = ?");
            values << number << number;
        }
        clause += QStringLiteral(" AND (") + any.join(QStringLiteral(" OR ")) + u')';
    }
    return clause;
}

Result<std::vector<WithdrawalRow>> WithdrawalBrowser::page(const WithdrawalQuery &query) const
{
    if (query.limit < 1 || query.limit > 1000 || query.offset < 0)
        return Error{ErrorCode::InvalidInput, "a page has 1 to 1000 rows from a non-negative offset"};
    QVariantList values;
    auto clause = where(query, values);
    if (!clause)
        return clause.error();
    values << query.limit << query.offset;
    return read(kColumns + clause.value() + orderBy(query.sort, query.descending) + QStringLiteral(" LIMIT ? OFFSET ?"),
                values);
}

Result<std::int64_t> WithdrawalBrowser::count(const WithdrawalQuery &query, std::int64_t cap) const
{
    QVariantList values;
    auto clause = where(query, values);
    if (!clause)
        return clause.error();
    values << int64(std::max<std::int64_t>(cap, 0) + 1);
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM withdrawals w") + clause.value()
                          + QStringLiteral(" LIMIT ?) AS bounded"),
                      values);
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::Internal, "a count returned no row"};
    return static_cast<std::int64_t>(q.value().value(0).toLongLong());
}

Result<std::vector<WithdrawalRow>> WithdrawalBrowser::rows(const std::vector<std::int64_t> &ids, const WithdrawalQuery &query) const
{
    if (ids.empty())
        return std::vector<WithdrawalRow>();
    QVariantList values;
    auto clause = where(query, values);
    if (!clause)
        return clause.error();
    QString statement = kColumns + clause.value() + QStringLiteral(" AND w.id IN (") + placeholders(ids.size()) + u')';
    for (std::int64_t id : ids)
        values << int64(id);
    return read(statement, values);
}

Result<std::vector<WithdrawalRow>> WithdrawalBrowser::recent(std::int64_t customerId, const std::string &asset,
                                                             std::int64_t sinceMs, int limit) const
{
    return read(kColumns
                    + QStringLiteral(" WHERE w.customer_id = ? AND w.asset = ? AND w.requested_at > ?"
                                     " ORDER BY w.requested_at DESC, w.id DESC LIMIT ?"),
                {int64(customerId), QString::fromStdString(asset), int64(sinceMs), std::clamp(limit, 1, 1000)});
}

Result<std::vector<WithdrawalRow>> WithdrawalBrowser::read(const QString &statement, const QVariantList &values) const
{
    auto q = sql::run(m_db, statement, values);
    if (!q)
        return q.error();
    std::vector<WithdrawalRow> rows;
    while (q.value().next()) {
        auto record = WithdrawalRepository::readRow(q.value());
        if (!record)
            return record.error();
        rows.push_back(WithdrawalRow{std::move(record).value(), {}, 0});
    }
    if (auto completed = complete(rows); !completed)
        return completed.error();
    return rows;
}

// Names and approval counts for the rows of one page only, by primary key,
// so that no sort or count ever touches the customers or approvals tables.
Result<void> WithdrawalBrowser::complete(std::vector<WithdrawalRow> &rows) const
{
    if (rows.empty())
        return {};
    std::vector<std::int64_t> customers;
    QVariantList ids;
    for (const WithdrawalRow &r : rows) {
        customers.push_back(r.record.customerId);
        ids << int64(r.record.id);
    }
    std::sort(customers.begin(), customers.end());
    customers.erase(std::unique(customers.begin(), customers.end()), customers.end());
    QVariantList customerIds;
    for (std::int64_t c : customers)
        customerIds << int64(c);

    std::map<std::int64_t, std::string> names;
    auto q = sql::run(m_db, QStringLiteral("SELECT id, name FROM customers WHERE id IN (") + placeholders(customers.size()) + u')',
                      customerIds);
    if (!q)
        return q.error();
    while (q.value().next())
        names[q.value().value(0).toLongLong()] = q.value().value(1).toString().toStdString();

    std::map<std::int64_t, int> approvals;
    auto a = sql::run(m_db,
                      QStringLiteral("SELECT withdrawal_id, COUNT(*) FROM withdrawal_approvals WHERE withdrawal_id IN (")
                          + placeholders(rows.size()) + QStringLiteral(") GROUP BY withdrawal_id"),
                      ids);
    if (!a)
        return a.error();
    while (a.value().next())
        approvals[a.value().value(0).toLongLong()] = a.value().value(1).toInt();

    for (WithdrawalRow &r : rows) {
        if (auto n = names.find(r.record.customerId); n != names.end())
            r.customerName = n->second;
        if (auto c = approvals.find(r.record.id); c != approvals.end())
            r.approvals = c->second;
    }
    return {};
}

} // namespace exchange::withdrawals
