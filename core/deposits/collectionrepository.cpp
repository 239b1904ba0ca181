#include "core/deposits/collectionrepository.h"

#include "core/store/sql.h"

#include <QSqlQuery>

#include <array>
#include <utility>

namespace exchange::deposits {

namespace {

constexpr std::array<std::pair<CollectionState, std::string_view>, 4> kStates{{
    {CollectionState::Signed, "signed"},
    {CollectionState::Broadcast, "broadcast"},
    {CollectionState::Confirmed, "confirmed"},
    {CollectionState::Failed, "failed"},
}};

const QString kColumns = QStringLiteral("id, group_key, chain, asset, from_address, tier, to_address, amount, max_fee, fee,"
                                        " sequence, raw_tx, txid, state, created_at, updated_at, note");

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

QString stateText(CollectionState state)
{
    return QString::fromLatin1(collectionStateName(state));
}

Result<CollectionRecord> readRow(const QSqlQuery &q)
{
    CollectionRecord r;
    r.id = q.value(0).toLongLong();
    const auto chain = chainFromName(q.value(2).toString().toStdString());
    const auto tier = wallets::walletTierFromName(q.value(5).toString().toStdString());
    const auto state = collectionStateFromName(q.value(13).toString().toStdString());
    auto amount = Dialect::amountFromSql(q.value(7));
    auto maxFee = Dialect::amountFromSql(q.value(8));
    if (!chain || !tier || !state || !amount || !maxFee)
        return Error{ErrorCode::Corrupted, "collection " + std::to_string(r.id) + " is malformed"};
    if (!q.value(9).isNull()) {
        auto fee = Dialect::amountFromSql(q.value(9));
        if (!fee)
            return Error{ErrorCode::Corrupted, "collection " + std::to_string(r.id) + " has a malformed fee"};
        r.fee = fee.value();
    }
    r.groupKey = q.value(1).toString().toStdString();
    r.chain = *chain;
    r.asset = q.value(3).toString().toStdString();
    r.fromAddress = q.value(4).toString().toStdString();
    r.tier = *tier;
    r.toAddress = q.value(6).toString().toStdString();
    r.amount = amount.value();
    r.maxFee = maxFee.value();
    r.sequence = q.value(10).toLongLong();
    r.rawTx = q.value(11).toString().toStdString();
    r.txid = q.value(12).toString().toStdString();
    r.state = *state;
    r.createdAtMs = q.value(14).toLongLong();
    r.updatedAtMs = q.value(15).toLongLong();
    r.note = q.value(16).toString().toStdString();
    return r;
}

Result<std::vector<CollectionRecord>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    std::vector<CollectionRecord> rows;
    while (q.value().next()) {
        auto row = readRow(q.value());
        if (!row)
            return row.error();
        rows.push_back(std::move(row).value());
    }
    return rows;
}

} // namespace

std::string_view collectionStateName(CollectionState state)
{
    for (const auto &[s, name] : kStates) {
        if (s == state)
            return name;
    }
    return "unknown";
}

std::optional<CollectionState> collectionStateFromName(std::string_view name)
{
    for (const auto &[s, n] : kStates) {
        if (n == name)
            return s;
    }
    return std::nullopt;
}

Result<CollectionRecord> CollectionRepository::insert(const CollectionRecord &r)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO collections (group_key, chain, asset, from_address, tier, to_address, amount,"
                                     " max_fee, fee, sequence, raw_tx, txid, state, created_at, updated_at, note)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)"),
                      {text(r.groupKey), QString::fromLatin1(chainName(r.chain)), text(r.asset), text(r.fromAddress),
                       QString::fromLatin1(wallets::walletTierName(r.tier)), text(r.toAddress), m_dialect.amountToSql(r.amount),
                       m_dialect.amountToSql(r.maxFee), QVariant::fromValue(static_cast<qint64>(r.sequence)), text(r.rawTx),
                       text(r.txid), stateText(r.state), QVariant::fromValue(static_cast<qint64>(r.createdAtMs)),
                       QVariant::fromValue(static_cast<qint64>(r.createdAtMs)), text(r.note)});
    if (!q)
        return q.error();
    auto rows = readAll(sql::run(m_db, QStringLiteral("SELECT %1 FROM collections WHERE txid = ?").arg(kColumns), {text(r.txid)}));
    if (!rows)
        return rows.error();
    if (rows.value().size() != 1)
        return Error{ErrorCode::Internal, "the collection was not stored"};
    return rows.value().front();
}

Result<void> CollectionRepository::linkDeposit(const std::string &groupKey, std::int64_t depositId)
{
    auto q = sql::run(m_db, QStringLiteral("INSERT INTO collection_deposits (group_key, deposit_id) VALUES (?, ?)"),
                      {text(groupKey), QVariant::fromValue(static_cast<qint64>(depositId))});
    if (!q)
        return q.error();
    return {};
}

Result<void> CollectionRepository::advance(std::int64_t id, CollectionState from, CollectionState to,
                                           std::optional<Amount> fee, const std::string &note, std::int64_t nowMs)
{
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE collections SET state = ?, fee = COALESCE(?, fee), note = ?, updated_at = ?"
                                     " WHERE id = ? AND state = ?"),
                      {stateText(to), fee ? m_dialect.amountToSql(*fee) : QVariant(), text(note),
                       QVariant::fromValue(static_cast<qint64>(nowMs)), QVariant::fromValue(static_cast<qint64>(id)),
                       stateText(from)});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error{ErrorCode::Conflict, "collection " + std::to_string(id) + " is no longer " + std::string(collectionStateName(from))};
    return {};
}

Result<std::vector<CollectionRecord>> CollectionRepository::inStates(std::initializer_list<CollectionState> states) const
{
    QStringList marks;
    QVariantList values;
    for (CollectionState s : states) {
        marks << QStringLiteral("?");
        values << stateText(s);
    }
    return readAll(sql::run(m_db, QStringLiteral("SELECT %1 FROM collections WHERE state IN (%2) ORDER BY id")
                                      .arg(kColumns, marks.join(QLatin1Char(','))),
                            values));
}

Result<std::vector<CollectionRecord>> CollectionRepository::group(const std::string &groupKey) const
{
    return readAll(sql::run(m_db, QStringLiteral("SELECT %1 FROM collections WHERE group_key = ? ORDER BY sequence").arg(kColumns),
                            {text(groupKey)}));
}

Result<std::vector<std::int64_t>> CollectionRepository::groupDeposits(const std::string &groupKey) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT deposit_id FROM collection_deposits WHERE group_key = ? ORDER BY deposit_id"),
                      {text(groupKey)});
    if (!q)
        return q.error();
    std::vector<std::int64_t> ids;
    while (q.value().next())
        ids.push_back(q.value().value(0).toLongLong());
    return ids;
}

Result<std::vector<CollectionRecord>> CollectionRepository::recent(int limit) const
{
    return readAll(sql::run(m_db, QStringLiteral("SELECT %1 FROM collections ORDER BY id DESC LIMIT ?").arg(kColumns), {limit}));
}

Result<std::vector<std::int64_t>> CollectionRepository::sequencesFrom(Chain chain, const std::string &fromAddress,
                                                                    std::int64_t atLeast) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT sequence FROM collections WHERE chain = ? AND from_address = ? AND sequence >= ?"
                                     " ORDER BY sequence"),
                      {QString::fromLatin1(chainName(chain)), text(fromAddress), static_cast<qint64>(atLeast)});
    if (!q)
        return q.error();
    std::vector<std::int64_t> sequences;
    while (q.value().next())
        sequences.push_back(q.value().value(0).toLongLong());
    return sequences;
}

} // namespace exchange::deposits
