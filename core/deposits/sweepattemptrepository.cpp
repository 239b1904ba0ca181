#include "core/deposits/sweepattemptrepository.h"

#include "core/store/sql.h"

#include <QSqlQuery>

#include <array>
#include <utility>

namespace exchange::deposits {

namespace {

constexpr std::array<std::pair<AttemptState, std::string_view>, 3> kStates{{
    {AttemptState::Superseded, "superseded"},
    {AttemptState::Dropped, "dropped"},
    {AttemptState::Mined, "mined"},
}};

const QString kColumns = QStringLiteral("id, kind, parent_id, amount, max_fee, raw_tx, txid, replaced_by, state, signed_at,"
                                        " replaced_at, updated_at, note");

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

QString text(std::string_view s)
{
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

QVariant integer(std::int64_t value)
{
    return QVariant::fromValue(static_cast<qint64>(value));
}

// The table of a kind's rows: a fixed name, never text from a row.
QString table(SweepKind kind)
{
    return kind == SweepKind::Collection ? QStringLiteral("collections") : QStringLiteral("refuels");
}

Result<SweepAttempt> readRow(const QSqlQuery &q)
{
    SweepAttempt a;
    a.id = q.value(0).toLongLong();
    const QString kind = q.value(1).toString();
    const auto state = attemptStateFromName(q.value(8).toString().toStdString());
    auto amount = Dialect::amountFromSql(q.value(3));
    auto maxFee = Dialect::amountFromSql(q.value(4));
    if ((kind != u"collection" && kind != u"refuel") || !state || !amount || !maxFee)
        return Error{ErrorCode::Corrupted, "sweep attempt " + std::to_string(a.id) + " is malformed"};
    a.kind = kind == u"collection" ? SweepKind::Collection : SweepKind::Refuel;
    a.parentId = q.value(2).toLongLong();
    a.amount = amount.value();
    a.maxFee = maxFee.value();
    a.rawTx = q.value(5).toString().toStdString();
    a.txid = q.value(6).toString().toStdString();
    a.replacedBy = q.value(7).toString().toStdString();
    a.state = *state;
    a.signedAtMs = q.value(9).toLongLong();
    a.replacedAtMs = q.value(10).toLongLong();
    a.updatedAtMs = q.value(11).toLongLong();
    a.note = q.value(12).toString().toStdString();
    return a;
}

Result<std::vector<SweepAttempt>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    std::vector<SweepAttempt> rows;
    while (q.value().next()) {
        auto row = readRow(q.value());
        if (!row)
            return row.error();
        rows.push_back(std::move(row).value());
    }
    return rows;
}

} // namespace

std::string_view sweepKindName(SweepKind kind)
{
    return kind == SweepKind::Collection ? "collection" : "refuel";
}

std::string_view attemptStateName(AttemptState state)
{
    for (const auto &[s, name] : kStates) {
        if (s == state)
            return name;
    }
    return "superseded";
}

std::optional<AttemptState> attemptStateFromName(std::string_view name)
{
    for (const auto &[s, n] : kStates) {
        if (n == name)
            return s;
    }
    return std::nullopt;
}

Result<std::map<std::int64_t, std::vector<SweepAttempt>>> SweepAttemptRepository::superseded(SweepKind kind) const
{
    auto rows = readAll(sql::run(m_db, QStringLiteral("SELECT %1 FROM sweep_attempts WHERE state = ? AND kind = ? ORDER BY id").arg(kColumns),
                                 {text(attemptStateName(AttemptState::Superseded)), text(sweepKindName(kind))}));
    if (!rows)
        return rows.error();
    std::map<std::int64_t, std::vector<SweepAttempt>> byParent;
    for (SweepAttempt &a : rows.value())
        byParent[a.parentId].push_back(std::move(a));
    return byParent;
}

Result<std::vector<SweepAttempt>> SweepAttemptRepository::ofParent(SweepKind kind, std::int64_t parentId) const
{
    return readAll(sql::run(m_db, QStringLiteral("SELECT %1 FROM sweep_attempts WHERE kind = ? AND parent_id = ? ORDER BY id").arg(kColumns),
                            {text(sweepKindName(kind)), integer(parentId)}));
}

Result<void> SweepAttemptRepository::replace(const CurrentAttempt &current, const CurrentAttempt &replacement,
                                             const std::string &note, std::int64_t nowMs)
{
    if (current.kind != replacement.kind || current.id != replacement.id || current.sequence != replacement.sequence)
        return Error{ErrorCode::InvalidInput, "a replacement takes the place of its own row's attempt"};
    auto moved = sql::run(m_db,
                          QStringLiteral("UPDATE %1 SET amount = ?, max_fee = ?, raw_tx = ?, txid = ?, note = ?, updated_at = ?"
                                         " WHERE id = ? AND txid = ? AND state = 'broadcast'")
                              .arg(table(current.kind)),
                          {m_dialect.amountToSql(replacement.amount), m_dialect.amountToSql(replacement.maxFee),
                           text(replacement.rawTx), text(replacement.txid), text(note), integer(nowMs), integer(current.id),
                           text(current.txid)});
    if (!moved)
        return moved.error();
    if (moved.value().numRowsAffected() != 1)
        return Error{ErrorCode::Conflict, std::string(sweepKindName(current.kind)) + " " + current.txid
                                              + " was decided or replaced meanwhile; nothing stored"};
    auto kept = sql::run(m_db,
                         QStringLiteral("INSERT INTO sweep_attempts (kind, parent_id, amount, max_fee, raw_tx, txid, replaced_by,"
                                        " state, signed_at, replaced_at, updated_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')"),
                         {text(sweepKindName(current.kind)), integer(current.id), m_dialect.amountToSql(current.amount),
                          m_dialect.amountToSql(current.maxFee), text(current.rawTx), text(current.txid),
                          text(replacement.txid), text(attemptStateName(AttemptState::Superseded)),
                          integer(current.signedAtMs), integer(nowMs), integer(nowMs)});
    if (!kept)
        return kept.error();
    return {};
}

Result<void> SweepAttemptRepository::takeBack(const CurrentAttempt &current, const SweepAttempt &mined, std::int64_t nowMs)
{
    if (mined.kind != current.kind || mined.parentId != current.id || mined.state != AttemptState::Superseded)
        return Error{ErrorCode::InvalidInput, "only a superseded attempt of the row is taken back"};
    const std::string note = "replacement " + current.txid + " not mined; " + mined.txid + " was";
    auto moved = sql::run(m_db,
                          QStringLiteral("UPDATE %1 SET amount = ?, max_fee = ?, raw_tx = ?, txid = ?, note = ?, updated_at = ?"
                                         " WHERE id = ? AND txid = ? AND state IN ('signed', 'broadcast')")
                              .arg(table(current.kind)),
                          {m_dialect.amountToSql(mined.amount), m_dialect.amountToSql(mined.maxFee), text(mined.rawTx),
                           text(mined.txid), text(note), integer(nowMs), integer(current.id), text(current.txid)});
    if (!moved)
        return moved.error();
    if (moved.value().numRowsAffected() != 1)
        return Error{ErrorCode::Conflict, std::string(sweepKindName(current.kind)) + " " + current.txid + " moved meanwhile"};
    auto marked = sql::run(m_db, QStringLiteral("UPDATE sweep_attempts SET state = ?, updated_at = ?, note = ? WHERE id = ? AND state = ?"),
                           {text(attemptStateName(AttemptState::Mined)), integer(nowMs), text(std::string("mined")),
                            integer(mined.id), text(attemptStateName(AttemptState::Superseded))});
    if (!marked)
        return marked.error();
    if (marked.value().numRowsAffected() != 1)
        return Error{ErrorCode::Conflict, "attempt " + mined.txid + " moved meanwhile"};
    auto kept = sql::run(m_db,
                         QStringLiteral("INSERT INTO sweep_attempts (kind, parent_id, amount, max_fee, raw_tx, txid, replaced_by,"
                                        " state, signed_at, replaced_at, updated_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {text(sweepKindName(current.kind)), integer(current.id), m_dialect.amountToSql(current.amount),
                          m_dialect.amountToSql(current.maxFee), text(current.rawTx), text(current.txid), text(mined.txid),
                          text(attemptStateName(AttemptState::Dropped)), integer(current.signedAtMs), integer(nowMs),
                          integer(nowMs), text(std::string("not mined; ") + mined.txid + " was")});
    if (!kept)
        return kept.error();
    return dropSuperseded(current.kind, current.id, mined.txid, nowMs);
}

Result<void> SweepAttemptRepository::dropSuperseded(SweepKind kind, std::int64_t parentId, const std::string &minedTxid,
                                                    std::int64_t nowMs)
{
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE sweep_attempts SET state = ?, updated_at = ?, note = ?"
                                     " WHERE kind = ? AND parent_id = ? AND state = ?"),
                      {text(attemptStateName(AttemptState::Dropped)), integer(nowMs),
                       text("not mined; " + minedTxid + " was"), text(sweepKindName(kind)), integer(parentId),
                       text(attemptStateName(AttemptState::Superseded))});
    if (!q)
        return q.error();
    return {};
}

} // namespace exchange::deposits
