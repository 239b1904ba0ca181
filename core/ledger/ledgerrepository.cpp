#include "core/ledger/ledgerrepository.h"

#include "core/store/sql.h"
#include "core/store/sqlitestatement.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace exchange::ledger {

namespace {

const QString kAccountColumns = QStringLiteral(
    "id, kind, owner, asset, flags, debits_pending, debits_posted, credits_pending, credits_posted");
const QString kTransferColumns = QStringLiteral(
    "id, kind, code, debit_account_id, credit_account_id, asset, amount, pending_id, reference, memo, created_at, seq");

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

QString placeholders(size_t count)
{
    QString p;
    p.reserve(static_cast<qsizetype>(count * 2));
    for (size_t i = 0; i < count; ++i)
        p += i ? QStringLiteral(",?") : QStringLiteral("?");
    return p;
}

Result<Account> readAccount(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    const auto kind = accountKindFromName(q.value(1).toString().toStdString());
    if (!kind)
        return Error{ErrorCode::Corrupted, "ledger account " + std::to_string(a.id) + " has an unknown kind"};
    a.key = AccountKey{*kind, q.value(2).toString().toStdString(), q.value(3).toString().toStdString()};
    a.flags = static_cast<std::uint32_t>(q.value(4).toLongLong());
    Amount *fields[] = {&a.debitsPending, &a.debitsPosted, &a.creditsPending, &a.creditsPosted};
    for (int i = 0; i < 4; ++i) {
        auto amount = Dialect::amountFromSql(q.value(5 + i));
        if (!amount)
            return Error{ErrorCode::Corrupted, "ledger account " + a.key.toString() + " has a balance that is not exact"};
        *fields[i] = amount.value();
    }
    return a;
}

Result<Transfer> readTransfer(const QSqlQuery &q)
{
    Transfer t;
    t.id = q.value(0).toString().toStdString();
    const auto kind = transferKindFromName(q.value(1).toString().toStdString());
    const auto code = transferCodeFromName(q.value(2).toString().toStdString());
    auto amount = Dialect::amountFromSql(q.value(6));
    if (!kind || !code || !amount)
        return Error{ErrorCode::Corrupted, "ledger transfer " + t.id + " is malformed"};
    t.kind = *kind;
    t.code = *code;
    t.debitAccountId = q.value(3).toLongLong();
    t.creditAccountId = q.value(4).toLongLong();
    t.asset = q.value(5).toString().toStdString();
    t.amount = amount.value();
    t.pendingId = q.value(7).toString().toStdString();
    t.reference = q.value(8).toString().toStdString();
    t.memo = q.value(9).toString().toStdString();
    t.timestampMs = q.value(10).toLongLong();
    t.seq = q.value(11).toLongLong();
    return t;
}

constexpr size_t kChunk = 100;
constexpr int kSqliteDone = 101;      // SQLITE_DONE
constexpr int kSqliteConstraint = 19; // SQLITE_CONSTRAINT (primary code)

// SQLite's stored form of an amount (see Dialect).
std::string paddedDigits(Amount amount)
{
    std::string digits = amount.toBaseUnitString();
    if (digits.size() < static_cast<size_t>(kStoredAmountDigits))
        digits.insert(0, static_cast<size_t>(kStoredAmountDigits) - digits.size(), '0');
    return digits;
}

// Runs `prefix (?,?,…) suffix` once per chunk of `keys`, with one statement
// prepared once; a short last chunk repeats its first key (harmless in IN).
template<typename Key, typename Visit>
Result<void> forChunks(const QSqlDatabase &db, const QString &prefix, const QString &suffix,
                       std::span<const Key> keys, const std::function<QVariant(const Key &)> &bind, Visit visit)
{
    if (keys.empty())
        return {};
    const size_t width = std::min(kChunk, keys.size());
    const QString statement = prefix + placeholders(width) + suffix;
    auto prepared = sql::prepare(db, statement);
    if (!prepared)
        return Error{ErrorCode::Internal, "could not prepare a ledger lookup"};
    QSqlQuery q = std::move(prepared).value();
    for (size_t start = 0; start < keys.size(); start += width) {
        const size_t n = std::min(width, keys.size() - start);
        for (size_t i = 0; i < width; ++i)
            q.bindValue(static_cast<int>(i), bind(keys[start + (i < n ? i : 0)]));
        if (!q.exec())
            return Error{ErrorCode::Unavailable, "a ledger lookup failed"};
        while (q.next()) {
            if (auto r = visit(q); !r)
                return r;
        }
    }
    return {};
}

} // namespace

Result<std::int64_t> LedgerRepository::ensureAccount(const AccountKey &key, std::int64_t nowMs)
{
    const QVariant zero = m_dialect.amountToSql(Amount::zero());
    auto inserted = sql::run(m_db,
                             QStringLiteral("INSERT INTO ledger_accounts (kind, owner, asset, flags, debits_pending,"
                                            " debits_posted, credits_pending, credits_posted, created_at)"
                                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                            " ON CONFLICT (kind, owner, asset) DO NOTHING"),
                             {QString::fromLatin1(accountKindName(key.kind)), text(key.owner), text(key.asset),
                              static_cast<qint64>(defaultFlags(key.kind)), zero, zero, zero, zero, static_cast<qint64>(nowMs)});
    if (!inserted)
        return inserted.error();
    auto q = sql::run(m_db, QStringLiteral("SELECT id FROM ledger_accounts WHERE kind = ? AND owner = ? AND asset = ?"),
                      {QString::fromLatin1(accountKindName(key.kind)), text(key.owner), text(key.asset)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::Internal, "ledger account " + key.toString() + " could not be created"};
    return q.value().value(0).toLongLong();
}

Result<std::optional<Account>> LedgerRepository::findAccount(const AccountKey &key) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT ") + kAccountColumns
                          + QStringLiteral(" FROM ledger_accounts WHERE kind = ? AND owner = ? AND asset = ?"),
                      {QString::fromLatin1(accountKindName(key.kind)), text(key.owner), text(key.asset)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Account>();
    auto account = readAccount(q.value());
    if (!account)
        return account.error();
    return std::optional<Account>(std::move(account).value());
}

Result<std::vector<Account>> LedgerRepository::loadAccounts(std::vector<std::int64_t> ids, bool forUpdate) const
{
    // Locks are always taken in id order, so two writers never deadlock.
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::vector<Account> accounts;
    accounts.reserve(ids.size());
    const QString suffix = forUpdate && !m_dialect.isSQLite() ? QStringLiteral(") ORDER BY id FOR UPDATE")
                                                              : QStringLiteral(") ORDER BY id");
    auto done = forChunks<std::int64_t>(
        m_db, QStringLiteral("SELECT ") + kAccountColumns + QStringLiteral(" FROM ledger_accounts WHERE id IN ("), suffix,
        std::span<const std::int64_t>(ids), [](const std::int64_t &id) { return QVariant::fromValue(static_cast<qint64>(id)); },
        [&](const QSqlQuery &q) -> Result<void> {
            auto account = readAccount(q);
            if (!account)
                return account.error();
            accounts.push_back(std::move(account).value());
            return {};
        });
    if (!done)
        return done.error();
    return accounts;
}

Result<std::vector<Account>> LedgerRepository::listAccounts(std::optional<AccountKind> kind,
                                                            std::optional<std::string> owner,
                                                            std::optional<std::string> asset) const
{
    QString statement = QStringLiteral("SELECT ") + kAccountColumns + QStringLiteral(" FROM ledger_accounts WHERE 1 = 1");
    QVariantList values;
    if (kind) {
        statement += QStringLiteral(" AND kind = ?");
        values << QString::fromLatin1(accountKindName(*kind));
    }
    if (owner) {
        statement += QStringLiteral(" AND owner = ?");
        values << text(*owner);
    }
    if (asset) {
        statement += QStringLiteral(" AND asset = ?");
        values << text(*asset);
    }
    statement += QStringLiteral(" ORDER BY asset, kind, owner");
    auto q = sql::run(m_db, statement, values);
    if (!q)
        return q.error();
    std::vector<Account> accounts;
    while (q.value().next()) {
        auto account = readAccount(q.value());
        if (!account)
            return account.error();
        accounts.push_back(std::move(account).value());
    }
    return accounts;
}

Result<void> LedgerRepository::updateBalances(std::span<const Account> accounts)
{
    // PostgreSQL: one statement per chunk of accounts (UPDATE … FROM a
    // VALUES list), so that hundreds of accounts cost a handful of round
    // trips, not one each.
    const bool sqlite = m_dialect.isSQLite();
    if (sqlite) {
        // SQLite runs in-process: one prepared statement stepped per row,
        // bound directly (Qt's per-value binding costs more than SQLite).
        SqliteStatement update(m_db, "UPDATE ledger_accounts SET debits_pending = ?1, debits_posted = ?2,"
                                     " credits_pending = ?3, credits_posted = ?4 WHERE id = ?5");
        if (!update.isValid())
            return Error{ErrorCode::Internal, "could not prepare the balance update"};
        for (const Account &a : accounts) {
            update.bind(1, paddedDigits(a.debitsPending));
            update.bind(2, paddedDigits(a.debitsPosted));
            update.bind(3, paddedDigits(a.creditsPending));
            update.bind(4, paddedDigits(a.creditsPosted));
            update.bind(5, a.id);
            if (update.execute() != kSqliteDone || update.changes() != 1)
                return Error{ErrorCode::Conflict, "ledger account " + a.key.toString() + " could not be updated"};
        }
        return {};
    }
    constexpr size_t kRows = 200;
    const QString amount = sqlite ? QStringLiteral("?") : QStringLiteral("CAST(? AS NUMERIC)");
    const QString id = sqlite ? QStringLiteral("?") : QStringLiteral("CAST(? AS BIGINT)");
    const QString row = u'(' + id + u',' + amount + u',' + amount + u',' + amount + u',' + amount + u')';
    for (size_t start = 0; start < accounts.size(); start += kRows) {
        const size_t n = std::min(kRows, accounts.size() - start);
        QString statement = QStringLiteral("WITH v (id, dp, dpo, cp, cpo) AS (VALUES ");
        for (size_t i = 0; i < n; ++i)
            statement += i ? u',' + row : row;
        statement += QStringLiteral(") UPDATE ledger_accounts SET debits_pending = v.dp, debits_posted = v.dpo,"
                                    " credits_pending = v.cp, credits_posted = v.cpo"
                                    " FROM v WHERE ledger_accounts.id = v.id");
        QVariantList values;
        values.reserve(static_cast<qsizetype>(n * 5));
        for (size_t i = 0; i < n; ++i) {
            const Account &a = accounts[start + i];
            values << static_cast<qint64>(a.id) << m_dialect.amountToSql(a.debitsPending)
                   << m_dialect.amountToSql(a.debitsPosted) << m_dialect.amountToSql(a.creditsPending)
                   << m_dialect.amountToSql(a.creditsPosted);
        }
        auto q = sql::run(m_db, statement, values);
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() != static_cast<int>(n))
            return Error{ErrorCode::Conflict, "ledger accounts could not all be updated"};
    }
    return {};
}

Result<std::unordered_map<std::string, Transfer>> LedgerRepository::findTransfers(std::span<const std::string> ids) const
{
    std::unordered_map<std::string, Transfer> found;
    auto done = forChunks<std::string>(
        m_db, QStringLiteral("SELECT ") + kTransferColumns + QStringLiteral(" FROM ledger_transfers WHERE id IN ("),
        QStringLiteral(")"), ids, [](const std::string &id) { return QVariant(text(id)); },
        [&](const QSqlQuery &q) -> Result<void> {
            auto t = readTransfer(q);
            if (!t)
                return t.error();
            auto id = t.value().id;
            found.emplace(std::move(id), std::move(t).value());
            return {};
        });
    if (!done)
        return done.error();
    return found;
}

Result<std::vector<PendingHold>> LedgerRepository::findHolds(std::span<const std::string> pendingIds) const
{
    std::vector<PendingHold> holds;
    auto done = forChunks<std::string>(
        m_db,
        QStringLiteral("SELECT p.id, p.debit_account_id, p.credit_account_id, p.asset, p.amount,"
                       " (SELECT COUNT(*) FROM ledger_transfers r WHERE r.pending_id = p.id), p.code"
                       " FROM ledger_transfers p WHERE p.kind = 'pending' AND p.id IN ("),
        QStringLiteral(")"), pendingIds, [](const std::string &id) { return QVariant(text(id)); },
        [&](const QSqlQuery &q) -> Result<void> {
            auto amount = Dialect::amountFromSql(q.value(4));
            const auto code = transferCodeFromName(q.value(6).toString().toStdString());
            if (!amount || !code)
                return Error{ErrorCode::Corrupted, "pending transfer is malformed"};
            holds.push_back(PendingHold{q.value(0).toString().toStdString(), q.value(1).toLongLong(),
                                        q.value(2).toLongLong(), q.value(3).toString().toStdString(),
                                        amount.value(), *code, q.value(5).toLongLong() > 0});
            return {};
        });
    if (!done)
        return done.error();
    return holds;
}

Result<void> LedgerRepository::insertTransfers(std::span<const Transfer> transfers)
{
    if (m_dialect.isSQLite()) {
        SqliteStatement insert(m_db, "INSERT INTO ledger_transfers (id, kind, code, debit_account_id, credit_account_id,"
                                     " asset, amount, pending_id, reference, memo, created_at)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        if (!insert.isValid())
            return Error{ErrorCode::Internal, "could not prepare the journal insert"};
        for (const Transfer &t : transfers) {
            insert.bind(1, t.id);
            insert.bind(2, transferKindName(t.kind));
            insert.bind(3, transferCodeName(t.code));
            insert.bind(4, t.debitAccountId);
            insert.bind(5, t.creditAccountId);
            insert.bind(6, t.asset);
            insert.bind(7, paddedDigits(t.amount));
            if (t.pendingId.empty())
                insert.bindNull(8);
            else
                insert.bind(8, t.pendingId);
            insert.bind(9, t.reference);
            insert.bind(10, t.memo);
            insert.bind(11, t.timestampMs);
            const int rc = insert.execute();
            if (rc != kSqliteDone)
                return Error{ErrorCode::Conflict, (rc & 0xff) == kSqliteConstraint
                                                      ? "a transfer with this id or resolving this hold was written meanwhile"
                                                      : "the journal could not be written"};
        }
        return {};
    }
    constexpr size_t kRows = 100; // PostgreSQL: rows per INSERT, few round trips
    const QString rowPlaceholder = QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?)");
    auto statementFor = [&](size_t rows) {
        QString s = QStringLiteral("INSERT INTO ledger_transfers (id, kind, code, debit_account_id, credit_account_id,"
                                   " asset, amount, pending_id, reference, memo, created_at) VALUES ");
        for (size_t i = 0; i < rows; ++i)
            s += i ? u',' + rowPlaceholder : rowPlaceholder;
        return s;
    };
    QSqlQuery full(m_db);
    bool fullPrepared = false;
    for (size_t start = 0; start < transfers.size(); start += kRows) {
        const size_t n = std::min(kRows, transfers.size() - start);
        QSqlQuery partial(m_db);
        QSqlQuery *q = &partial;
        if (n == kRows) {
            if (!fullPrepared && !full.prepare(statementFor(kRows)))
                return Error{ErrorCode::Internal, "could not prepare the journal insert"};
            fullPrepared = true;
            q = &full;
        } else if (!partial.prepare(statementFor(n))) {
            return Error{ErrorCode::Internal, "could not prepare the journal insert"};
        }
        int p = 0;
        for (size_t i = 0; i < n; ++i) {
            const Transfer &t = transfers[start + i];
            q->bindValue(p++, text(t.id));
            q->bindValue(p++, QString::fromLatin1(transferKindName(t.kind)));
            q->bindValue(p++, QString::fromLatin1(transferCodeName(t.code)));
            q->bindValue(p++, static_cast<qint64>(t.debitAccountId));
            q->bindValue(p++, static_cast<qint64>(t.creditAccountId));
            q->bindValue(p++, text(t.asset));
            q->bindValue(p++, m_dialect.amountToSql(t.amount));
            q->bindValue(p++, t.pendingId.empty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text(t.pendingId)));
            q->bindValue(p++, text(t.reference));
            q->bindValue(p++, text(t.memo));
            q->bindValue(p++, static_cast<qint64>(t.timestampMs));
        }
        if (!q->exec()) {
            const bool duplicate = sql::isUniqueViolation(*q);
            return Error{ErrorCode::Conflict, duplicate ? "a transfer with this id or resolving this hold was written meanwhile"
                                                        : "the journal could not be written"};
        }
    }
    return {};
}

Result<std::vector<Transfer>> LedgerRepository::accountTransfers(std::int64_t accountId, int offset, int limit) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT ") + kTransferColumns
                          + QStringLiteral(" FROM ledger_transfers WHERE debit_account_id = ? OR credit_account_id = ?"
                                           " ORDER BY seq LIMIT ? OFFSET ?"),
                      {static_cast<qint64>(accountId), static_cast<qint64>(accountId), limit, offset});
    if (!q)
        return q.error();
    std::vector<Transfer> transfers;
    while (q.value().next()) {
        auto t = readTransfer(q.value());
        if (!t)
            return t.error();
        transfers.push_back(std::move(t).value());
    }
    return transfers;
}

Result<int> LedgerRepository::accountTransferCount(std::int64_t accountId) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT COUNT(*) FROM ledger_transfers WHERE debit_account_id = ? OR credit_account_id = ?"),
                      {static_cast<qint64>(accountId), static_cast<qint64>(accountId)});
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toInt();
}

Result<std::pair<Amount, Amount>> LedgerRepository::postedBefore(std::int64_t accountId, std::int64_t seq) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT"
                                     " (SELECT amount_sum(amount) FROM ledger_transfers WHERE debit_account_id = ?"
                                     "   AND kind IN ('posted', 'post') AND seq < ?),"
                                     " (SELECT amount_sum(amount) FROM ledger_transfers WHERE credit_account_id = ?"
                                     "   AND kind IN ('posted', 'post') AND seq < ?)"),
                      {static_cast<qint64>(accountId), static_cast<qint64>(seq), static_cast<qint64>(accountId),
                       static_cast<qint64>(seq)});
    if (!q)
        return q.error();
    q.value().next();
    auto debits = Dialect::amountFromSql(q.value().value(0));
    auto credits = Dialect::amountFromSql(q.value().value(1));
    if (!debits || !credits)
        return Error{ErrorCode::Corrupted, "journal sums are not exact"};
    return std::make_pair(debits.value(), credits.value());
}

Result<void> LedgerRepository::forEachTransfer(const std::function<bool(const Transfer &, std::int64_t)> &visit) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT ") + kTransferColumns + QStringLiteral(" FROM ledger_transfers ORDER BY seq"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        auto t = readTransfer(q.value());
        if (!t)
            return t.error();
        if (!visit(t.value(), q.value().value(11).toLongLong()))
            break;
    }
    return {};
}

} // namespace exchange::ledger
