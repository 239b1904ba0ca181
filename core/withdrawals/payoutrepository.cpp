#include "core/withdrawals/payoutrepository.h"

#include "core/store/sql.h"

#include <QSqlQuery>

#include <array>
#include <utility>

namespace exchange::withdrawals {

namespace {

constexpr std::array<std::pair<PayoutState, std::string_view>, 5> kStates{{
    {PayoutState::Signed, "signed"},
    {PayoutState::Broadcast, "broadcast"},
    {PayoutState::Confirmed, "confirmed"},
    {PayoutState::Failed, "failed"},
    {PayoutState::Dropped, "dropped"},
}};

const QString kColumns = QStringLiteral("id, withdrawal_id, chain, asset, source, destination, amount, max_fee, fee, sequence,"
                                        " last_valid, raw_tx, txid, state, created_at, updated_at, note");

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

QVariant int64(std::int64_t v)
{
    return QVariant::fromValue(static_cast<qint64>(v));
}

QString stateText(PayoutState state)
{
    return QString::fromLatin1(payoutStateName(state));
}

Result<PayoutRecord> readRow(const QSqlQuery &q)
{
    PayoutRecord r;
    r.id = q.value(0).toLongLong();
    const auto chain = chainFromName(q.value(2).toString().toStdString());
    const auto state = payoutStateFromName(q.value(13).toString().toStdString());
    auto amount = Dialect::amountFromSql(q.value(6));
    auto maxFee = Dialect::amountFromSql(q.value(7));
    if (!chain || !state || !amount || !maxFee)
        return Error{ErrorCode::Corrupted, "payout " + std::to_string(r.id) + " is malformed"};
    if (!q.value(8).isNull()) {
        auto fee = Dialect::amountFromSql(q.value(8));
        if (!fee)
            return Error{ErrorCode::Corrupted, "payout " + std::to_string(r.id) + " has a malformed fee"};
        r.fee = fee.value();
    }
    r.withdrawalId = q.value(1).toLongLong();
    r.chain = *chain;
    r.asset = q.value(3).toString().toStdString();
    r.source = q.value(4).toString().toStdString();
    r.destination = q.value(5).toString().toStdString();
    r.amount = amount.value();
    r.maxFee = maxFee.value();
    r.sequence = q.value(9).toLongLong();
    if (!q.value(10).isNull())
        r.lastValid = q.value(10).toLongLong();
    r.rawTx = q.value(11).toString().toStdString();
    r.txid = q.value(12).toString().toStdString();
    r.state = *state;
    r.createdAtMs = q.value(14).toLongLong();
    r.updatedAtMs = q.value(15).toLongLong();
    r.note = q.value(16).toString().toStdString();
    return r;
}

Result<std::vector<PayoutRecord>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    std::vector<PayoutRecord> rows;
    while (q.value().next()) {
        auto row = readRow(q.value());
        if (!row)
            return row.error();
        rows.push_back(std::move(row).value());
    }
    return rows;
}

} // namespace

std::string_view payoutStateName(PayoutState state)
{
    for (const auto &[s, name] : kStates) {
        if (s == state)
            return name;
    }
    return "unknown";
}

std::optional<PayoutState> payoutStateFromName(std::string_view name)
{
    for (const auto &[s, n] : kStates) {
        if (n == name)
            return s;
    }
    return std::nullopt;
}

Result<PayoutRecord> PayoutRepository::insert(const PayoutRecord &r)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO withdrawal_payouts (withdrawal_id, chain, asset, source, destination, amount,"
                                     " max_fee, fee, sequence, last_valid, raw_tx, txid, state, created_at, updated_at, note)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {int64(r.withdrawalId), QString::fromLatin1(chainName(r.chain)), text(r.asset), text(r.source),
                       text(r.destination), m_dialect.amountToSql(r.amount), m_dialect.amountToSql(r.maxFee), int64(r.sequence),
                       r.lastValid ? int64(*r.lastValid) : QVariant(), text(r.rawTx), text(r.txid), stateText(r.state),
                       int64(r.createdAtMs), int64(r.createdAtMs), text(r.note)});
    if (!q)
        return q.error();
    auto rows = readAll(
        sql::run(m_db, QStringLiteral("SELECT %1 FROM withdrawal_payouts WHERE txid = ?").arg(kColumns), {text(r.txid)}));
    if (!rows)
        return rows.error();
    if (rows.value().size() != 1)
        return Error{ErrorCode::Internal, "the payout was not stored"};
    return rows.value().front();
}

Result<void> PayoutRepository::advance(std::int64_t id, PayoutState from, PayoutState to, std::optional<Amount> fee,
                                       const std::string &note, std::int64_t nowMs)
{
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE withdrawal_payouts SET state = ?, fee = COALESCE(?, fee), note = ?, updated_at = ?"
                                     " WHERE id = ? AND state = ?"),
                      {stateText(to), fee ? m_dialect.amountToSql(*fee) : QVariant(), text(note), int64(nowMs), int64(id),
                       stateText(from)});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error{ErrorCode::Conflict, "payout " + std::to_string(id) + " is no longer " + std::string(payoutStateName(from))};
    return {};
}

Result<std::vector<PayoutRecord>> PayoutRepository::inStates(Chain chain, std::initializer_list<PayoutState> states) const
{
    QStringList marks;
    QVariantList values{QString::fromLatin1(chainName(chain))};
    for (PayoutState s : states) {
        marks << QStringLiteral("?");
        values << stateText(s);
    }
    return readAll(sql::run(m_db, QStringLiteral("SELECT %1 FROM withdrawal_payouts WHERE chain = ? AND state IN (%2) ORDER BY id")
                                      .arg(kColumns, marks.join(QLatin1Char(','))),
                            values));
}

Result<std::vector<PayoutRecord>> PayoutRepository::ofWithdrawal(std::int64_t withdrawalId) const
{
    return readAll(sql::run(m_db, QStringLiteral("SELECT %1 FROM withdrawal_payouts WHERE withdrawal_id = ? ORDER BY id").arg(kColumns),
                            {int64(withdrawalId)}));
}

Result<std::optional<PayoutRecord>> PayoutRepository::findByTxid(const std::string &txid) const
{
    auto rows = readAll(sql::run(m_db, QStringLiteral("SELECT %1 FROM withdrawal_payouts WHERE txid = ?").arg(kColumns), {text(txid)}));
    if (!rows)
        return rows.error();
    if (rows.value().empty())
        return std::optional<PayoutRecord>();
    return std::optional<PayoutRecord>(rows.value().front());
}

Result<std::optional<std::int64_t>> PayoutRepository::nextSequence(Chain chain, const std::string &address) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT next_sequence FROM payout_sequences WHERE chain = ? AND address = ?"),
                      {QString::fromLatin1(chainName(chain)), text(address)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(q.value().value(0).toLongLong());
}

Result<void> PayoutRepository::setNextSequence(Chain chain, const std::string &address, std::int64_t next)
{
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE payout_sequences SET next_sequence = ? WHERE chain = ? AND address = ?"),
                      {int64(next), QString::fromLatin1(chainName(chain)), text(address)});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 1)
        return {};
    auto inserted = sql::run(m_db, QStringLiteral("INSERT INTO payout_sequences (chain, address, next_sequence) VALUES (?, ?, ?)"),
                             {QString::fromLatin1(chainName(chain)), text(address), int64(next)});
    if (!inserted)
        return inserted.error();
    return {};
}

} // namespace exchange::withdrawals
