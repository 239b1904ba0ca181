#include "core/deposits/refuelrepository.h"

#include "core/store/sql.h"

#include <QSqlQuery>

namespace exchange::deposits {

namespace {

const QString kColumns = QStringLiteral("id, chain, asset, from_address, to_address, for_assets, amount, max_fee, fee,"
                                        " sequence, raw_tx, txid, state, created_at, updated_at, note");

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

QString stateText(CollectionState state)
{
    return QString::fromLatin1(collectionStateName(state));
}

QVariant integer(std::int64_t value)
{
    return QVariant::fromValue(static_cast<qint64>(value));
}

Result<RefuelRecord> readRow(const QSqlQuery &q)
{
    RefuelRecord r;
    r.id = q.value(0).toLongLong();
    const auto chain = chainFromName(q.value(1).toString().toStdString());
    const auto state = collectionStateFromName(q.value(12).toString().toStdString());
    auto amount = Dialect::amountFromSql(q.value(6));
    auto maxFee = Dialect::amountFromSql(q.value(7));
    if (!chain || !state || !amount || !maxFee)
        return Error{ErrorCode::Corrupted, "refuel " + std::to_string(r.id) + " is malformed"};
    if (!q.value(8).isNull()) {
        auto fee = Dialect::amountFromSql(q.value(8));
        if (!fee)
            return Error{ErrorCode::Corrupted, "refuel " + std::to_string(r.id) + " has a malformed fee"};
        r.fee = fee.value();
    }
    r.chain = *chain;
    r.asset = q.value(2).toString().toStdString();
    r.fromAddress = q.value(3).toString().toStdString();
    r.toAddress = q.value(4).toString().toStdString();
    r.forAssets = q.value(5).toString().toStdString();
    r.amount = amount.value();
    r.maxFee = maxFee.value();
    r.sequence = q.value(9).toLongLong();
    r.rawTx = q.value(10).toString().toStdString();
    r.txid = q.value(11).toString().toStdString();
    r.state = *state;
    r.createdAtMs = q.value(13).toLongLong();
    r.updatedAtMs = q.value(14).toLongLong();
    r.note = q.value(15).toString().toStdString();
    return r;
}

Result<std::vector<RefuelRecord>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    std::vector<RefuelRecord> rows;
    while (q.value().next()) {
        auto row = readRow(q.value());
        if (!row)
            return row.error();
        rows.push_back(std::move(row).value());
    }
    return rows;
}

} // namespace

Result<RefuelRecord> RefuelRepository::insert(const RefuelRecord &r)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO refuels (chain, asset, from_address, to_address, for_assets, amount, max_fee,"
                                     " fee, sequence, raw_tx, txid, state, created_at, updated_at, note)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)"),
                      {QString::fromLatin1(chainName(r.chain)), text(r.asset), text(r.fromAddress), text(r.toAddress),
                       text(r.forAssets), m_dialect.amountToSql(r.amount), m_dialect.amountToSql(r.maxFee),
                       integer(r.sequence), text(r.rawTx), text(r.txid), stateText(r.state), integer(r.createdAtMs),
                       integer(r.createdAtMs), text(r.note)});
    if (!q)
        return q.error();
    auto rows = readAll(sql::run(m_db, QStringLiteral("SELECT %1 FROM refuels WHERE txid = ?").arg(kColumns), {text(r.txid)}));
    if (!rows)
        return rows.error();
    if (rows.value().size() != 1)
        return Error{ErrorCode::Internal, "the refuel was not stored"};
    return rows.value().front();
}

Result<void> RefuelRepository::advance(std::int64_t id, CollectionState from, CollectionState to, std::optional<Amount> fee,
                                       const std::string &note, std::int64_t nowMs)
{
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE refuels SET state = ?, fee = COALESCE(?, fee), note = ?, updated_at = ?"
                                     " WHERE id = ? AND state = ?"),
                      {stateText(to), fee ? m_dialect.amountToSql(*fee) : QVariant(), text(note), integer(nowMs), integer(id),
                       stateText(from)});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error{ErrorCode::Conflict, "refuel " + std::to_string(id) + " is no longer " + std::string(collectionStateName(from))};
    return {};
}

Result<std::vector<RefuelRecord>> RefuelRepository::inStates(std::initializer_list<CollectionState> states) const
{
    QStringList marks;
    QVariantList values;
    for (CollectionState s : states) {
        marks << QStringLiteral("?");
        values << stateText(s);
    }
    return readAll(sql::run(m_db, QStringLiteral("SELECT %1 FROM refuels WHERE state IN (%2) ORDER BY id")
                                      .arg(kColumns, marks.join(QLatin1Char(','))),
                            values));
}

Result<std::vector<RefuelRecord>> RefuelRepository::to(Chain chain, const std::string &toAddress) const
{
    return readAll(sql::run(m_db, QStringLiteral("SELECT %1 FROM refuels WHERE chain = ? AND to_address = ? ORDER BY id").arg(kColumns),
                            {QString::fromLatin1(chainName(chain)), text(toAddress)}));
}

Result<std::optional<std::int64_t>> RefuelRepository::lastSequenceFrom(Chain chain, const std::string &fromAddress) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT MAX(sequence) FROM refuels WHERE chain = ? AND from_address = ?"),
                      {QString::fromLatin1(chainName(chain)), text(fromAddress)});
    if (!q)
        return q.error();
    if (!q.value().next() || q.value().value(0).isNull())
        return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(q.value().value(0).toLongLong());
}

Result<std::vector<std::int64_t>> RefuelRepository::sequencesFrom(Chain chain, const std::string &fromAddress,
                                                                 std::int64_t atLeast) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT sequence FROM refuels WHERE chain = ? AND from_address = ? AND sequence >= ?"
                                     " ORDER BY sequence"),
                      {QString::fromLatin1(chainName(chain)), text(fromAddress), integer(atLeast)});
    if (!q)
        return q.error();
    std::vector<std::int64_t> sequences;
    while (q.value().next())
        sequences.push_back(q.value().value(0).toLongLong());
    return sequences;
}

Result<std::vector<RefuelRecord>> RefuelRepository::recent(int limit) const
{
    return readAll(sql::run(m_db, QStringLiteral("SELECT %1 FROM refuels ORDER BY id DESC LIMIT ?").arg(kColumns), {limit}));
}

} // namespace exchange::deposits
