#include "core/withdrawals/withdrawalrepository.h"
#include "core/base/message.h"

#include "core/settings/withdrawalsettingsrepository.h"
#include "core/store/sql.h"

#include <QSqlQuery>

namespace exchange::withdrawals {

namespace {

const QString kColumns = QStringLiteral(
    "id, customer_id, asset, chain, destination, amount, fee, state, review_reason, requested_by, requested_at,"
    " updated_at, txid, note, new_destination, internal_to");

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

QVariant int64(std::int64_t v)
{
    return QVariant::fromValue(static_cast<qint64>(v));
}

QString stateText(WithdrawalState s)
{
    return QString::fromLatin1(withdrawalStateName(s));
}


Result<std::vector<WithdrawalRecord>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    std::vector<WithdrawalRecord> rows;
    while (q.value().next()) {
        auto row = WithdrawalRepository::readRow(q.value());
        if (!row)
            return row.error();
        rows.push_back(std::move(row).value());
    }
    return rows;
}

} // namespace

Result<WithdrawalRecord> WithdrawalRepository::insert(const WithdrawalRecord &r)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO withdrawals (customer_id, asset, chain, destination, amount, fee, state,"
                                     " review_reason, requested_by, requested_at, updated_at, txid, note, new_destination,"
                                     " internal_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                      QVariantList{int64(r.customerId), text(r.asset), QString::fromLatin1(chainName(r.chain)),
                                   text(r.destination), m_dialect.amountToSql(r.amount), m_dialect.amountToSql(r.fee),
                                   stateText(r.state), text(r.reviewReason), text(r.requestedBy), int64(r.requestedAtMs),
                                   int64(r.updatedAtMs), r.txid ? QVariant(text(*r.txid)) : QVariant(QMetaType::fromType<QString>()),
                                   text(r.note), r.newDestination ? 1 : 0,
                                   r.internalTo ? int64(*r.internalTo) : QVariant(QMetaType::fromType<qint64>())});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::Internal, "withdrawal insert returned no id"};
    WithdrawalRecord stored = r;
    stored.id = q.value().value(0).toLongLong();
    return stored;
}

Result<WithdrawalRecord> WithdrawalRepository::readRow(const QSqlQuery &q)
{
    WithdrawalRecord r;
    r.id = q.value(0).toLongLong();
    const auto chain = chainFromName(q.value(3).toString().toStdString());
    const auto state = withdrawalStateFromName(q.value(7).toString().toStdString());
    auto amount = Dialect::amountFromSql(q.value(5));
    auto fee = Dialect::amountFromSql(q.value(6));
    if (!chain || !state || !amount || !fee)
        return Error{ErrorCode::Corrupted, "withdrawal " + std::to_string(r.id) + " is malformed"};
    r.customerId = q.value(1).toLongLong();
    r.asset = q.value(2).toString().toStdString();
    r.chain = *chain;
    r.destination = q.value(4).toString().toStdString();
    r.amount = amount.value();
    r.fee = fee.value();
    r.state = *state;
    r.reviewReason = q.value(8).toString().toStdString();
    r.requestedBy = q.value(9).toString().toStdString();
    r.requestedAtMs = q.value(10).toLongLong();
    r.updatedAtMs = q.value(11).toLongLong();
    if (!q.value(12).isNull())
        r.txid = q.value(12).toString().toStdString();
    r.note = q.value(13).toString().toStdString();
    r.newDestination = q.value(14).toInt() != 0;
    if (!q.value(15).isNull())
        r.internalTo = q.value(15).toLongLong();
    return r;
}

Result<WithdrawalRecord> WithdrawalRepository::get(std::int64_t id) const
{
    auto found = find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, MessageId::WithdrawalUnknown, {std::to_string(id)});
    return *found.value();
}

Result<WithdrawalRecord> WithdrawalRepository::lockForDecision(std::int64_t id)
{
    const QString lock = m_dialect.isSQLite() ? QString() : QStringLiteral(" FOR UPDATE");
    auto rows = readAll(sql::run(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM withdrawals WHERE id = ?") + lock,
                                 {int64(id)}));
    if (!rows)
        return rows.error();
    if (rows.value().empty())
        return makeError(ErrorCode::NotFound, MessageId::WithdrawalUnknown, {std::to_string(id)});
    return rows.value().front();
}

Result<std::optional<WithdrawalRecord>> WithdrawalRepository::find(std::int64_t id) const
{
    auto rows = readAll(sql::run(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM withdrawals WHERE id = ?"),
                                 {int64(id)}));
    if (!rows)
        return rows.error();
    if (rows.value().empty())
        return std::optional<WithdrawalRecord>();
    return std::optional<WithdrawalRecord>(rows.value().front());
}

Result<std::vector<WithdrawalRecord>> WithdrawalRepository::list(const WithdrawalFilter &filter) const
{
    QString statement = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM withdrawals WHERE 1 = 1");
    QVariantList values;
    if (filter.state) {
        statement += QStringLiteral(" AND state = ?");
        values << stateText(*filter.state);
    }
    if (filter.customerId) {
        statement += QStringLiteral(" AND customer_id = ?");
        values << int64(*filter.customerId);
    }
    if (filter.asset) {
        statement += QStringLiteral(" AND asset = ?");
        values << text(*filter.asset);
    }
    if (filter.beforeId) {
        statement += QStringLiteral(" AND id < ?");
        values << int64(*filter.beforeId);
    }
    statement += filter.oldestFirst ? QStringLiteral(" ORDER BY id LIMIT ? OFFSET ?") : QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?");
    values << filter.limit << filter.offset;
    return readAll(sql::run(m_db, statement, values));
}

Result<std::vector<PastWithdrawal>> WithdrawalRepository::history(std::int64_t customerId, const std::string &asset,
                                                                  std::int64_t sinceMs) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT amount, requested_at, state FROM withdrawals"
                                     " WHERE customer_id = ? AND asset = ? AND requested_at > ? ORDER BY requested_at"),
                      {int64(customerId), text(asset), int64(sinceMs)});
    if (!q)
        return q.error();
    std::vector<PastWithdrawal> rows;
    while (q.value().next()) {
        auto amount = Dialect::amountFromSql(q.value().value(0));
        const auto state = withdrawalStateFromName(q.value().value(2).toString().toStdString());
        if (!amount || !state)
            return Error{ErrorCode::Corrupted, "a withdrawal of customer " + std::to_string(customerId) + " is malformed"};
        rows.push_back(PastWithdrawal{amount.value(), q.value().value(1).toLongLong(), *state});
    }
    return rows;
}

Result<void> WithdrawalRepository::advance(std::int64_t id, WithdrawalState from, WithdrawalState to, const std::string &note,
                                           std::int64_t nowMs)
{
    auto q = sql::run(m_db, QStringLiteral("UPDATE withdrawals SET state = ?, note = ?, updated_at = ? WHERE id = ? AND state = ?"),
                      {stateText(to), text(note), int64(nowMs), int64(id), stateText(from)});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict, MessageId::WithdrawalNoLonger,
                         {std::to_string(id), std::string(withdrawalStateName(from))});
    return {};
}

Result<void> WithdrawalRepository::advanceWithTxid(std::int64_t id, WithdrawalState from, WithdrawalState to,
                                                   const std::string &txid, std::int64_t nowMs)
{
    auto q = sql::run(m_db, QStringLiteral("UPDATE withdrawals SET state = ?, txid = ?, updated_at = ? WHERE id = ? AND state = ?"),
                      {stateText(to), text(txid), int64(nowMs), int64(id), stateText(from)});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict, MessageId::WithdrawalNoLonger,
                         {std::to_string(id), std::string(withdrawalStateName(from))});
    return {};
}

Result<void> WithdrawalRepository::advanceWithTxidAndNote(std::int64_t id, WithdrawalState from, WithdrawalState to,
                                                          const std::string &txid, const std::string &note,
                                                          std::int64_t nowMs)
{
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE withdrawals SET state = ?, txid = ?, note = ?, updated_at = ? WHERE id = ? AND state = ?"),
                      {stateText(to), text(txid), text(note), int64(nowMs), int64(id), stateText(from)});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict, MessageId::WithdrawalNoLonger,
                         {std::to_string(id), std::string(withdrawalStateName(from))});
    return {};
}

Result<std::optional<std::int64_t>> WithdrawalRepository::findByTxid(const std::string &txid) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT id FROM withdrawals WHERE txid = ?"), {text(txid)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(q.value().value(0).toLongLong());
}

Result<void> WithdrawalRepository::addApproval(std::int64_t id, const std::string &approver, std::int64_t nowMs)
{
    auto q = sql::run(m_db, QStringLiteral("INSERT INTO withdrawal_approvals (withdrawal_id, approver, at) VALUES (?, ?, ?)"),
                      {int64(id), text(approver), int64(nowMs)});
    if (!q)
        return q.error();
    return {};
}

Result<std::vector<WithdrawalApproval>> WithdrawalRepository::approvals(std::int64_t id) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT approver, at FROM withdrawal_approvals WHERE withdrawal_id = ? ORDER BY at, approver"),
                      {int64(id)});
    if (!q)
        return q.error();
    std::vector<WithdrawalApproval> rows;
    while (q.value().next())
        rows.push_back(WithdrawalApproval{q.value().value(0).toString().toStdString(), q.value().value(1).toLongLong()});
    return rows;
}

Result<std::optional<Amount>> WithdrawalRepository::twoApproversAbove(const std::string &asset) const
{
    return WithdrawalSettingsRepository(m_db, m_dialect).twoApproversAbove(asset);
}

Result<void> WithdrawalRepository::setTwoApproversAbove(const std::string &asset, std::optional<Amount> threshold)
{
    return WithdrawalSettingsRepository(m_db, m_dialect).setTwoApproversAbove(asset, threshold);
}

} // namespace exchange::withdrawals
