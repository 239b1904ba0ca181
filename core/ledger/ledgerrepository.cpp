#include "core/ledger/ledgerrepository.h"

#include "core/store/sql.h"

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

constexpr size_t kChunk = 400;

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
    for (size_t start = 0; start < ids.size(); start += kChunk) {
        const size_t n = std::min(kChunk, ids.size() - start);
        QVariantList values;
        for (size_t i = 0; i < n; ++i)
            values << static_cast<qint64>(ids[start + i]);
        QString statement = QStringLiteral("SELECT ") + kAccountColumns + QStringLiteral(" FROM ledger_accounts WHERE id IN (")
            + placeholders(n) + QStringLiteral(") ORDER BY id");
        if (forUpdate && !m_dialect.isSQLite())
            statement += QStringLiteral(" FOR UPDATE");
        auto q = sql::run(m_db, statement, values);
        if (!q)
            return q.error();
        while (q.value().next()) {
            auto account = readAccount(q.value());
            if (!account)
                return account.error();
            accounts.push_back(std::move(account).value());
        }
    }
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
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("UPDATE ledger_accounts SET debits_pending = ?, debits_posted = ?,"
                                  " credits_pending = ?, credits_posted = ? WHERE id = ?")))
        return Error{ErrorCode::Internal, "could not prepare the balance update"};
    for (const Account &a : accounts) {
        q.bindValue(0, m_dialect.amountToSql(a.debitsPending));
        q.bindValue(1, m_dialect.amountToSql(a.debitsPosted));
        q.bindValue(2, m_dialect.amountToSql(a.creditsPending));
        q.bindValue(3, m_dialect.amountToSql(a.creditsPosted));
        q.bindValue(4, static_cast<qint64>(a.id));
        if (!q.exec() || q.numRowsAffected() != 1)
            return Error{ErrorCode::Conflict, "ledger account " + a.key.toString() + " could not be updated"};
    }
    return {};
}

Result<std::unordered_map<std::string, Transfer>> LedgerRepository::findTransfers(std::span<const std::string> ids) const
{
    std::unordered_map<std::string, Transfer> found;
    for (size_t start = 0; start < ids.size(); start += kChunk) {
        const size_t n = std::min(kChunk, ids.size() - start);
        QVariantList values;
        for (size_t i = 0; i < n; ++i)
            values << text(ids[start + i]);
        auto q = sql::run(m_db, QStringLiteral("SELECT ") + kTransferColumns
                                    + QStringLiteral(" FROM ledger_transfers WHERE id IN (") + placeholders(n) + u')',
                          values);
        if (!q)
            return q.error();
        while (q.value().next()) {
            auto t = readTransfer(q.value());
            if (!t)
                return t.error();
            auto id = t.value().id;
            found.emplace(std::move(id), std::move(t).value());
        }
    }
    return found;
}

Result<std::vector<PendingHold>> LedgerRepository::findHolds(std::span<const std::string> pendingIds) const
{
    std::vector<PendingHold> holds;
    for (size_t start = 0; start < pendingIds.size(); start += kChunk) {
        const size_t n = std::min(kChunk, pendingIds.size() - start);
        QVariantList values;
        for (size_t i = 0; i < n; ++i)
            values << text(pendingIds[start + i]);
        auto q = sql::run(m_db,
                          QStringLiteral("SELECT p.id, p.debit_account_id, p.credit_account_id, p.asset, p.amount,"
                                         " (SELECT COUNT(*) FROM ledger_transfers r WHERE r.pending_id = p.id), p.code"
                                         " FROM ledger_transfers p WHERE p.kind = 'pending' AND p.id IN (")
                              + placeholders(n) + u')',
                          values);
        if (!q)
            return q.error();
        while (q.value().next()) {
            auto amount = Dialect::amountFromSql(q.value().value(4));
            const auto code = transferCodeFromName(q.value().value(6).toString().toStdString());
            if (!amount || !code)
                return Error{ErrorCode::Corrupted, "pending transfer is malformed"};
            holds.push_back(PendingHold{q.value().value(0).toString().toStdString(), q.value().value(1).toLongLong(),
                                        q.value().value(2).toLongLong(), q.value().value(3).toString().toStdString(),
                                        amount.value(), *code, q.value().value(5).toLongLong() > 0});
        }
    }
    return holds;
}

Result<void> LedgerRepository::insertTransfers(std::span<const Transfer> transfers)
{
    constexpr size_t kRows = 100; // rows per INSERT: fewer round trips, bounded parameter count
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
