#include "core/deposits/depositrepository.h"

#include "core/store/sql.h"

#include <QSqlQuery>

namespace exchange::deposits {

namespace {

const QString kColumns = QStringLiteral(
    "id, chain, txid, op_index, asset, to_address, from_address, memo, amount, customer_id, state, height,"
    " seen_at, updated_at, note");

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

Result<DepositRecord> readRow(const QSqlQuery &q)
{
    DepositRecord r;
    r.id = q.value(0).toLongLong();
    const auto chain = chainFromName(q.value(1).toString().toStdString());
    const auto state = depositStateFromName(q.value(10).toString().toStdString());
    auto amount = Dialect::amountFromSql(q.value(8));
    if (!chain || !state || !amount)
        return Error{ErrorCode::Corrupted, "deposit " + std::to_string(r.id) + " is malformed"};
    r.chain = *chain;
    r.txid = q.value(2).toString().toStdString();
    r.index = q.value(3).toInt();
    r.asset = q.value(4).toString().toStdString();
    r.to = q.value(5).toString().toStdString();
    r.from = q.value(6).toString().toStdString();
    r.memo = q.value(7).toString().toStdString();
    r.amount = amount.value();
    if (!q.value(9).isNull())
        r.customerId = q.value(9).toLongLong();
    r.state = *state;
    r.height = q.value(11).toLongLong();
    r.seenAtMs = q.value(12).toLongLong();
    r.updatedAtMs = q.value(13).toLongLong();
    r.note = q.value(14).toString().toStdString();
    return r;
}

Result<std::vector<DepositRecord>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    std::vector<DepositRecord> rows;
    while (q.value().next()) {
        auto row = readRow(q.value());
        if (!row)
            return row.error();
        rows.push_back(std::move(row).value());
    }
    return rows;
}

QVariant customerValue(std::optional<std::int64_t> id)
{
    return id ? QVariant::fromValue(static_cast<qint64>(*id)) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<QSqlQuery *> DepositRepository::prepared(std::optional<QSqlQuery> &slot, const QString &statement) const
{
    if (!slot) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(statement))
            return sql::errorOf(query, statement);
        slot = std::move(query);
    }
    return &*slot;
}

Result<std::optional<DepositRecord>> DepositRepository::findByKey(Chain chain, const std::string &txid, int index) const
{
    auto q = prepared(m_findByKey, QStringLiteral("SELECT ") + kColumns
                                       + QStringLiteral(" FROM deposits WHERE chain = ? AND txid = ? AND op_index = ?"));
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    query.bindValue(0, QString::fromLatin1(chainName(chain)));
    query.bindValue(1, text(txid));
    query.bindValue(2, index);
    if (!query.exec())
        return sql::errorOf(query, query.lastQuery());
    std::optional<DepositRecord> found;
    if (query.next()) {
        auto row = readRow(query);
        if (!row)
            return row.error();
        found = std::move(row).value();
    }
    query.finish();
    return found;
}

Result<std::optional<DepositRecord>> DepositRepository::find(std::int64_t id) const
{
    auto rows = readAll(sql::run(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM deposits WHERE id = ?"),
                                 {QVariant::fromValue(static_cast<qint64>(id))}));
    if (!rows)
        return rows.error();
    if (rows.value().empty())
        return std::optional<DepositRecord>();
    return std::optional<DepositRecord>(rows.value().front());
}

Result<DepositRecord> DepositRepository::insert(const ObservedPayment &p, std::optional<std::int64_t> customerId,
                                                DepositState state, std::int64_t nowMs, const std::string &note)
{
    auto q = prepared(m_insert, QStringLiteral("INSERT INTO deposits (chain, txid, op_index, asset, to_address, from_address, memo,"
                                               " amount, customer_id, state, height, seen_at, updated_at, note)"
                                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    const QVariantList values{QString::fromLatin1(chainName(p.chain)), text(p.txid), p.index, text(p.asset), text(p.to),
                              text(p.from), text(p.memo), m_dialect.amountToSql(p.amount), customerValue(customerId),
                              QString::fromLatin1(depositStateName(state)), QVariant::fromValue(static_cast<qint64>(p.height)),
                              QVariant::fromValue(static_cast<qint64>(nowMs)), QVariant::fromValue(static_cast<qint64>(nowMs)),
                              text(note)};
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
    if (!query.exec())
        return sql::errorOf(query, query.lastQuery());
    if (!query.next())
        return Error{ErrorCode::Internal, "deposit insert returned no id"};
    DepositRecord r;
    r.id = query.value(0).toLongLong();
    query.finish();
    r.chain = p.chain;
    r.txid = p.txid;
    r.index = p.index;
    r.asset = p.asset;
    r.to = p.to;
    r.from = p.from;
    r.memo = p.memo;
    r.amount = p.amount;
    r.customerId = customerId;
    r.state = state;
    r.height = p.height;
    r.seenAtMs = nowMs;
    r.updatedAtMs = nowMs;
    r.note = note;
    return r;
}

Result<void> DepositRepository::update(std::int64_t id, DepositState from, DepositState to,
                                       std::optional<std::int64_t> customerId, const std::string &note, std::int64_t nowMs)
{
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE deposits SET state = ?, customer_id = ?, note = ?, updated_at = ? WHERE id = ? AND state = ?"),
                      {QString::fromLatin1(depositStateName(to)), customerValue(customerId), text(note),
                       QVariant::fromValue(static_cast<qint64>(nowMs)), QVariant::fromValue(static_cast<qint64>(id)),
                       QString::fromLatin1(depositStateName(from))});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error{ErrorCode::Conflict, "deposit " + std::to_string(id) + " is no longer " + std::string(depositStateName(from))};
    return {};
}

Result<std::vector<DepositRecord>> DepositRepository::list(const DepositFilter &filter) const
{
    QString statement = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM deposits WHERE 1 = 1");
    QVariantList values;
    if (filter.state) {
        statement += QStringLiteral(" AND state = ?");
        values << QString::fromLatin1(depositStateName(*filter.state));
    }
    if (filter.customerId) {
        statement += QStringLiteral(" AND customer_id = ?");
        values << QVariant::fromValue(static_cast<qint64>(*filter.customerId));
    }
    if (filter.asset) {
        statement += QStringLiteral(" AND asset = ?");
        values << text(*filter.asset);
    }
    statement += QStringLiteral(" ORDER BY CASE WHEN state = 'unattributed' THEN 0 ELSE 1 END, id DESC LIMIT ? OFFSET ?");
    values << filter.limit << filter.offset;
    return readAll(sql::run(m_db, statement, values));
}

Result<std::vector<DepositRecord>> DepositRepository::ofCustomer(std::int64_t customerId,
                                                                std::optional<std::int64_t> beforeId, int limit) const
{
    QString statement = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM deposits WHERE customer_id = ?");
    QVariantList values{QVariant::fromValue(static_cast<qint64>(customerId))};
    if (beforeId) {
        statement += QStringLiteral(" AND id < ?");
        values << QVariant::fromValue(static_cast<qint64>(*beforeId));
    }
    statement += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << limit;
    return readAll(sql::run(m_db, statement, values));
}

Result<std::vector<DepositRecord>> DepositRepository::inState(DepositState state, Chain chain, const std::string &toAddress) const
{
    return readAll(sql::run(m_db,
                            QStringLiteral("SELECT ") + kColumns
                                + QStringLiteral(" FROM deposits WHERE state = ? AND chain = ? AND to_address = ? ORDER BY id"),
                            {QString::fromLatin1(depositStateName(state)), QString::fromLatin1(chainName(chain)), text(toAddress)}));
}

Result<std::int64_t> DepositRepository::count(std::optional<DepositState> state) const
{
    auto q = state ? sql::run(m_db, QStringLiteral("SELECT COUNT(*) FROM deposits WHERE state = ?"),
                              {QString::fromLatin1(depositStateName(*state))})
                   : sql::run(m_db, QStringLiteral("SELECT COUNT(*) FROM deposits"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

Result<std::map<std::string, Amount>> DepositRepository::owedByAddress(Chain chain, const std::string &asset) const
{
    QVariantList values{QString::fromLatin1(chainName(chain)), text(asset)};
    QString states;
    for (DepositState state : {DepositState::Pending, DepositState::Ignored, DepositState::Unattributed, DepositState::Credited,
                               DepositState::CollectionPlanned, DepositState::Collecting, DepositState::Collected}) {
        if (!owedToCustomer(state))
            continue;
        states += states.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        values << QString::fromLatin1(depositStateName(state));
    }
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT to_address, amount_sum(amount) FROM deposits WHERE chain = ? AND asset = ? AND state IN (")
                          + states + QStringLiteral(") GROUP BY to_address"),
                      values);
    if (!q)
        return q.error();
    std::map<std::string, Amount> owed;
    while (q.value().next()) {
        auto sum = Dialect::amountFromSql(q.value().value(1));
        if (!sum)
            return Error{ErrorCode::Corrupted, "the deposits owed at " + q.value().value(0).toString().toStdString()
                                                   + " do not add up to an amount: " + sum.error().message};
        owed[q.value().value(0).toString().toStdString()] = sum.value();
    }
    return owed;
}

Result<std::optional<std::string>> DepositRepository::cursor(const std::string &name) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT cursor FROM watcher_cursors WHERE name = ?"), {text(name)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<std::string>();
    return std::optional<std::string>(q.value().value(0).toString().toStdString());
}

Result<void> DepositRepository::setCursor(const CursorUpdate &cursor, std::int64_t nowMs)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO watcher_cursors (name, cursor, updated_at) VALUES (?, ?, ?)"
                                     " ON CONFLICT (name) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at"),
                      {text(cursor.name), text(cursor.value), QVariant::fromValue(static_cast<qint64>(nowMs))});
    if (!q)
        return q.error();
    return {};
}

} // namespace exchange::deposits
