#include "core/customers/customerdirectory.h"

#include "core/store/database.h"
#include "core/store/dialect.h"
#include "core/store/sql.h"

#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <optional>

namespace exchange::customers {

namespace {

const QString kColumns = QStringLiteral("id, external_id, name, email, state, created_at, updated_at");

Customer readCustomer(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.externalId = q.value(1).toString();
    c.name = q.value(2).toString();
    c.email = q.value(3).toString();
    c.state = customerStateFromName(q.value(4).toString().toStdString()).value_or(CustomerState::Frozen);
    c.createdAtMs = q.value(5).toLongLong();
    c.updatedAtMs = q.value(6).toLongLong();
    return c;
}

// LIKE's wildcards in what the operator typed match themselves.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString marks(size_t count)
{
    QStringList list;
    for (size_t i = 0; i < count; ++i)
        list << QStringLiteral("?");
    return list.join(QLatin1Char(','));
}

QString orderBy(DirectorySort sort, bool descending)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    switch (sort) {
    case DirectorySort::Id: return QStringLiteral("id") + dir;
    case DirectorySort::ExternalId: return QStringLiteral("external_id") + dir; // unique
    case DirectorySort::Name: return QStringLiteral("name") + dir + QStringLiteral(", id") + dir;
    case DirectorySort::State: return QStringLiteral("state") + dir + QStringLiteral(", id") + dir;
    }
    return QStringLiteral("id");
}

// The customers a deposit address was issued to (the watchers store
// Ethereum's in lower case; the others are case-sensitive).
Result<std::vector<qint64>> depositAddressOwners(const QSqlDatabase &db, const QString &text)
{
    // chain IN (…) lets the (chain, address) unique index answer.
    auto q = sql::run(db,
                      QStringLiteral("SELECT DISTINCT customer_id FROM wallets WHERE chain IN ('stellar', 'ethereum', 'algorand')"
                                     " AND address IN (?, ?) AND tier = 'deposit' AND customer_id IS NOT NULL"),
                      {text, text.toLower()});
    if (!q)
        return q.error();
    std::vector<qint64> ids;
    while (q.value().next())
        ids.push_back(q.value().value(0).toLongLong());
    return ids;
}

// Beyond this many customers matching a fragment, reading the table in the
// page's order finds a page sooner than sorting the matches.
constexpr int kSearchIndexLimit = 5000;

// SQLite with the trigram index (customerSearchSchema): the ids of the
// customers whose external id, name or email holds text, up to
// kSearchIndexLimit + 1; nullopt without the index or for under three
// characters (trigrams), where the table is read instead.
Result<std::optional<std::vector<qint64>>> indexedMatches(const QSqlDatabase &db, const Dialect &dialect, const QString &text)
{
    if (!dialect.isSQLite() || text.size() < 3)
        return std::optional<std::vector<qint64>>();
    auto exists = sql::run(db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'customers_search'"));
    if (!exists)
        return exists.error();
    if (!exists.value().next())
        return std::optional<std::vector<qint64>>();
    exists.value().finish();
    // One phrase: the text as typed, a substring of one column.
    QString phrase = text;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    auto q = sql::run(db, QStringLiteral("SELECT rowid FROM customers_search WHERE customers_search MATCH ? LIMIT ?"),
                      {QLatin1Char('"') + phrase + QLatin1Char('"'), kSearchIndexLimit + 1});
    if (!q)
        return q.error();
    std::vector<qint64> ids;
    while (q.value().next())
        ids.push_back(q.value().value(0).toLongLong());
    return std::optional<std::vector<qint64>>(std::move(ids));
}

Result<CustomerBalance> readBalance(const QSqlQuery &q, int first)
{
    Amount amounts[4];
    for (int i = 0; i < 4; ++i) {
        auto amount = Dialect::amountFromSql(q.value(first + i));
        if (!amount)
            return amount.error();
        amounts[i] = amount.value();
    }
    const Amount &debitsPending = amounts[0], &debitsPosted = amounts[1], &creditsPosted = amounts[3];
    // A customer's account is a liability: credit-normal; holds are pending
    // debits against it (ledger::Account::available()).
    const Amount total = Amount::fromBaseUnits(creditsPosted.baseUnits() - debitsPosted.baseUnits());
    return CustomerBalance{q.value(first - 1).toString().toStdString(),
                           Amount::fromBaseUnits(total.baseUnits() - debitsPending.baseUnits()), debitsPending, total};
}

// Balances of the given customers, by id, each by asset code.
Result<std::map<qint64, std::vector<CustomerBalance>>> balancesOf(const QSqlDatabase &db, const std::vector<qint64> &ids)
{
    std::map<qint64, std::vector<CustomerBalance>> balances;
    if (ids.empty())
        return balances;
    QVariantList owners;
    for (qint64 id : ids)
        owners << QString::number(id);
    // The (kind, owner, asset) unique index answers: one seek per customer.
    auto q = sql::run(db,
                      QStringLiteral("SELECT owner, asset, debits_pending, debits_posted, credits_pending, credits_posted"
                                     " FROM ledger_accounts WHERE kind = 'customer' AND owner IN (%1) ORDER BY owner, asset")
                          .arg(marks(ids.size())),
                      owners);
    if (!q)
        return q.error();
    while (q.value().next()) {
        auto balance = readBalance(q.value(), 2);
        if (!balance)
            return balance.error();
        balances[q.value().value(0).toString().toLongLong()].push_back(std::move(balance).value());
    }
    return balances;
}

// The latest deposit seen and withdrawal change of the given customers.
Result<std::map<qint64, qint64>> lastActivityOf(const QSqlDatabase &db, const std::vector<qint64> &ids)
{
    std::map<qint64, qint64> latest;
    if (ids.empty())
        return latest;
    QVariantList values;
    for (qint64 id : ids)
        values << id;
    for (const QString &statement :
         {QStringLiteral("SELECT customer_id, MAX(seen_at) FROM deposits WHERE customer_id IN (%1) GROUP BY customer_id"),
          QStringLiteral("SELECT customer_id, MAX(updated_at) FROM withdrawals WHERE customer_id IN (%1) GROUP BY customer_id")}) {
        auto q = sql::run(db, statement.arg(marks(ids.size())), values);
        if (!q)
            return q.error();
        while (q.value().next()) {
            qint64 &at = latest[q.value().value(0).toLongLong()];
            at = std::max(at, q.value().value(1).toLongLong());
        }
    }
    return latest;
}

Result<std::vector<HistoryEntry>> readHistory(const QSqlDatabase &db, const QString &statement, qint64 customerId, int limit)
{
    auto q = sql::run(db, statement, {customerId, limit});
    if (!q)
        return q.error();
    std::vector<HistoryEntry> entries;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        auto amount = Dialect::amountFromSql(row.value(3));
        if (!amount)
            return amount.error();
        entries.push_back(HistoryEntry{row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toString().toStdString(),
                                       amount.value(), row.value(4).toString().toStdString(),
                                       row.value(5).toString().toStdString()});
    }
    return entries;
}

} // namespace

Result<DirectoryPage> CustomerDirectory::page(const DirectoryQuery &query) const
{
    if (query.limit < 1 || query.limit > 10000 || query.offset < 0)
        return Error{ErrorCode::InvalidInput, "a page of customers has 1 to 10000 rows from an offset >= 0"};
    const QSqlDatabase db = m_database.connection();
    const QString text = query.filter.trimmed();
    QString where;
    QVariantList values;
    if (!text.isEmpty()) {
        auto owners = depositAddressOwners(db, text);
        if (!owners)
            return owners.error();
        if (!owners.value().empty()) {
            // An address names its customer: nothing else matches it.
            where = QStringLiteral(" WHERE id IN (%1)").arg(marks(owners.value().size()));
            for (qint64 id : owners.value())
                values << id;
        } else if (auto indexed = indexedMatches(db, m_database.dialect(), text); !indexed) {
            return indexed.error();
        } else if (indexed.value() && static_cast<int>(indexed.value()->size()) <= kSearchIndexLimit) {
            // Few enough to sort: those, and the customer whose memo it is.
            std::vector<qint64> ids = std::move(*indexed.value());
            bool isNumber = false;
            if (const qint64 memo = text.toLongLong(&isNumber); isNumber && memo > 0)
                ids.push_back(memo);
            if (ids.empty())
                ids.push_back(0); // no customer has id 0
            where = QStringLiteral(" WHERE id IN (%1)").arg(marks(ids.size()));
            for (qint64 id : ids)
                values << id;
        } else {
            // SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE any case.
            const QString like = m_database.dialect().isSQLite() ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
            QStringList terms;
            bool isNumber = false;
            const qint64 memo = text.toLongLong(&isNumber);
            if (isNumber && memo > 0) {
                terms << QStringLiteral("id = ?");
                values << memo;
            }
            for (const char *column : {"external_id", "name", "email"}) {
                terms << QStringLiteral("%1 %2 ? ESCAPE '\\'").arg(QLatin1String(column), like);
                values << likePattern(text);
            }
            where = QStringLiteral(" WHERE (") + terms.join(QStringLiteral(" OR ")) + u')';
        }
    }
    // One row more than asked says whether there are more.
    values << query.limit + 1 << query.offset;
    auto q = sql::run(db,
                      QStringLiteral("SELECT %1 FROM customers%2 ORDER BY %3 LIMIT ? OFFSET ?")
                          .arg(kColumns, where, orderBy(query.sort, query.descending)),
                      values);
    if (!q)
        return q.error();
    DirectoryPage page;
    while (q.value().next()) {
        if (static_cast<int>(page.rows.size()) == query.limit) {
            page.more = true;
            break;
        }
        page.rows.push_back(DirectoryRow{readCustomer(q.value()), {}, 0});
    }
    q.value().finish();

    std::vector<qint64> ids;
    for (const DirectoryRow &row : page.rows)
        ids.push_back(row.customer.id);
    auto balances = balancesOf(db, ids);
    if (!balances)
        return balances.error();
    auto activity = lastActivityOf(db, ids);
    if (!activity)
        return activity.error();
    for (DirectoryRow &row : page.rows) {
        if (auto found = balances.value().find(row.customer.id); found != balances.value().end())
            row.balances = std::move(found->second);
        row.lastActivityMs = row.customer.updatedAtMs;
        if (auto found = activity.value().find(row.customer.id); found != activity.value().end())
            row.lastActivityMs = std::max(row.lastActivityMs, found->second);
    }
    return page;
}

Result<CustomerHistory> CustomerDirectory::history(qint64 customerId, int limit) const
{
    if (limit < 1 || limit > 10000)
        return Error{ErrorCode::InvalidInput, "a customer's history has 1 to 10000 rows of each kind"};
    const QSqlDatabase db = m_database.connection();
    auto exists = sql::run(db, QStringLiteral("SELECT id FROM customers WHERE id = ?"), {customerId});
    if (!exists)
        return exists.error();
    if (!exists.value().next())
        return Error{ErrorCode::NotFound, "unknown customer " + std::to_string(customerId)};
    exists.value().finish();

    CustomerHistory history;
    auto balances = balancesOf(db, {customerId});
    if (!balances)
        return balances.error();
    if (auto found = balances.value().find(customerId); found != balances.value().end())
        history.balances = std::move(found->second);
    auto deposits = readHistory(db,
                                QStringLiteral("SELECT id, seen_at, asset, amount, state, txid FROM deposits"
                                               " WHERE customer_id = ? ORDER BY id DESC LIMIT ?"),
                                customerId, limit);
    if (!deposits)
        return deposits.error();
    history.deposits = std::move(deposits).value();
    // What other customers sent to this one's deposit address, settled in
    // the ledger (internal transfers): among the deposits, as "internal",
    // the detail naming the sender.
    auto received = readHistory(db,
                                QStringLiteral("SELECT id, updated_at, asset, amount, 'internal', CAST(customer_id AS TEXT)"
                                               " FROM withdrawals WHERE internal_to = ? AND state = 'succeeded'"
                                               " ORDER BY updated_at DESC, id DESC LIMIT ?"),
                                customerId, limit);
    if (!received)
        return received.error();
    if (!received.value().empty()) {
        history.deposits.insert(history.deposits.end(), received.value().begin(), received.value().end());
        std::stable_sort(history.deposits.begin(), history.deposits.end(),
                         [](const HistoryEntry &a, const HistoryEntry &b) { return a.atMs > b.atMs; });
        if (history.deposits.size() > static_cast<std::size_t>(limit))
            history.deposits.resize(static_cast<std::size_t>(limit));
    }
    auto withdrawals = readHistory(db,
                                   QStringLiteral("SELECT id, requested_at, asset, amount, state, destination FROM withdrawals"
                                                  " WHERE customer_id = ? ORDER BY requested_at DESC, id DESC LIMIT ?"),
                                   customerId, limit);
    if (!withdrawals)
        return withdrawals.error();
    history.withdrawals = std::move(withdrawals).value();
    // What an order sells, and in `detail` what it buys ("ETH").
    auto orders = readHistory(db,
                              QStringLiteral("SELECT id, created_at, sell_currency, sell_amount, status, buy_currency FROM trade_orders"
                                             " WHERE customer_id = ? ORDER BY created_at DESC, id DESC LIMIT ?"),
                              customerId, limit);
    if (!orders)
        return orders.error();
    history.orders = std::move(orders).value();
    return history;
}

} // namespace exchange::customers
