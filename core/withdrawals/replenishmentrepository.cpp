#include "core/withdrawals/replenishmentrepository.h"

#include "core/store/sql.h"
#include "core/withdrawals/withdrawalstate.h"

#include <QSqlQuery>

namespace exchange::withdrawals {

namespace {

const QString kColumns = QStringLiteral(
    "id, asset, chain, from_tier, to_tier, from_address, to_address, amount, max_fee, unsigned_tx, signed_tx, txid,"
    " state, exported_by, created_at, updated_at, note");

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

QString text(std::string_view s)
{
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

QVariant int64(std::int64_t v)
{
    return QVariant::fromValue(static_cast<qint64>(v));
}

QString hexText(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

Result<ReplenishmentRecord> readRow(const QSqlQuery &q)
{
    ReplenishmentRecord r;
    r.id = q.value(0).toLongLong();
    const auto chain = chainFromName(q.value(2).toString().toStdString());
    const auto from = wallets::walletTierFromName(q.value(3).toString().toStdString());
    const auto to = wallets::walletTierFromName(q.value(4).toString().toStdString());
    const auto state = replenishmentStateFromName(q.value(12).toString().toStdString());
    auto amount = Dialect::amountFromSql(q.value(7));
    auto maxFee = Dialect::amountFromSql(q.value(8));
    if (!chain || !from || !to || !state || !amount || !maxFee)
        return Error{ErrorCode::Corrupted, "replenishment " + std::to_string(r.id) + " is malformed"};
    r.asset = q.value(1).toString().toStdString();
    r.chain = *chain;
    r.fromTier = *from;
    r.toTier = *to;
    r.fromAddress = q.value(5).toString().toStdString();
    r.toAddress = q.value(6).toString().toStdString();
    r.amount = amount.value();
    r.maxFee = maxFee.value();
    r.unsignedTx = QByteArray::fromHex(q.value(9).toString().toLatin1());
    if (!q.value(10).isNull())
        r.signedTx = QByteArray::fromHex(q.value(10).toString().toLatin1());
    if (!q.value(11).isNull())
        r.txid = q.value(11).toString().toStdString();
    r.state = *state;
    r.exportedBy = q.value(13).toString().toStdString();
    r.createdAtMs = q.value(14).toLongLong();
    r.updatedAtMs = q.value(15).toLongLong();
    r.note = q.value(16).toString().toStdString();
    return r;
}

Result<std::vector<ReplenishmentRecord>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    std::vector<ReplenishmentRecord> rows;
    while (q.value().next()) {
        auto row = readRow(q.value());
        if (!row)
            return row.error();
        rows.push_back(std::move(row).value());
    }
    return rows;
}

Result<std::optional<ReplenishmentRecord>> first(Result<std::vector<ReplenishmentRecord>> rows)
{
    if (!rows)
        return rows.error();
    if (rows.value().empty())
        return std::optional<ReplenishmentRecord>();
    return std::optional<ReplenishmentRecord>(rows.value().front());
}

} // namespace

Result<std::map<std::string, QueueSums>> ReplenishmentRepository::queueSums() const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT asset, state, amount_sum(amount), COUNT(*) FROM withdrawals"
                                     " WHERE state IN (?, ?, ?, ?) GROUP BY asset, state"),
                      {text(withdrawalStateName(WithdrawalState::Approved)),
                       text(withdrawalStateName(WithdrawalState::Processing)),
                       text(withdrawalStateName(WithdrawalState::Error)),
                       text(withdrawalStateName(WithdrawalState::ManualPayout))});
    if (!q)
        return q.error();
    std::map<std::string, QueueSums> out;
    while (q.value().next()) {
        auto sum = Dialect::amountFromSql(q.value().value(2));
        if (!sum)
            return sum.error();
        QueueSums &s = out[q.value().value(0).toString().toStdString()];
        const int count = q.value().value(3).toInt();
        if (q.value().value(1).toString() == text(withdrawalStateName(WithdrawalState::ManualPayout))) {
            s.manual = Amount::fromBaseUnits(s.manual.baseUnits() + sum.value().baseUnits());
            s.manualCount += count;
        } else {
            s.automatic = Amount::fromBaseUnits(s.automatic.baseUnits() + sum.value().baseUnits());
            s.automaticCount += count;
        }
    }
    return out;
}

Result<std::map<std::pair<std::string, wallets::WalletTier>, Amount>> ReplenishmentRepository::inFlight() const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT asset, to_tier, amount_sum(amount) FROM replenishments"
                                     " WHERE state IN ('exported', 'broadcast') GROUP BY asset, to_tier"));
    if (!q)
        return q.error();
    std::map<std::pair<std::string, wallets::WalletTier>, Amount> out;
    while (q.value().next()) {
        auto sum = Dialect::amountFromSql(q.value().value(2));
        const auto tier = wallets::walletTierFromName(q.value().value(1).toString().toStdString());
        if (!sum || !tier)
            return Error{ErrorCode::Corrupted, "a replenishment's amount or tier is malformed"};
        out[{q.value().value(0).toString().toStdString(), *tier}] = sum.value();
    }
    return out;
}

Result<ReplenishmentRecord> ReplenishmentRepository::insert(const ReplenishmentRecord &r)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO replenishments (asset, chain, from_tier, to_tier, from_address, to_address,"
                                     " amount, max_fee, unsigned_tx, signed_tx, txid, state, exported_by, created_at,"
                                     " updated_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                      QVariantList{text(r.asset), text(chainName(r.chain)), text(wallets::walletTierName(r.fromTier)),
                                   text(wallets::walletTierName(r.toTier)), text(r.fromAddress), text(r.toAddress),
                                   m_dialect.amountToSql(r.amount), m_dialect.amountToSql(r.maxFee), hexText(r.unsignedTx),
                                   r.signedTx.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(hexText(r.signedTx)),
                                   r.txid ? QVariant(text(*r.txid)) : QVariant(QMetaType::fromType<QString>()),
                                   text(replenishmentStateName(r.state)), text(r.exportedBy), int64(r.createdAtMs),
                                   int64(r.updatedAtMs), text(r.note)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::Internal, "replenishment insert returned no id"};
    ReplenishmentRecord stored = r;
    stored.id = q.value().value(0).toLongLong();
    return stored;
}

Result<std::optional<ReplenishmentRecord>> ReplenishmentRepository::find(std::int64_t id) const
{
    return first(readAll(sql::run(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM replenishments WHERE id = ?"),
                                  {int64(id)})));
}

Result<std::optional<ReplenishmentRecord>> ReplenishmentRepository::findByUnsigned(const QByteArray &unsignedTx) const
{
    return first(readAll(sql::run(
        m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM replenishments WHERE unsigned_tx = ?"),
        {hexText(unsignedTx)})));
}

Result<std::vector<ReplenishmentRecord>> ReplenishmentRepository::list(std::optional<ReplenishmentState> state, int limit) const
{
    if (state)
        return readAll(sql::run(m_db,
                                QStringLiteral("SELECT ") + kColumns
                                    + QStringLiteral(" FROM replenishments WHERE state = ? ORDER BY id DESC LIMIT ?"),
                                {text(replenishmentStateName(*state)), limit}));
    return readAll(sql::run(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM replenishments ORDER BY id DESC LIMIT ?"),
                            {limit}));
}

Result<std::vector<ReplenishmentRecord>> ReplenishmentRepository::waitingFrom(Chain chain, const std::string &address) const
{
    return readAll(sql::run(m_db,
                            QStringLiteral("SELECT ") + kColumns
                                + QStringLiteral(" FROM replenishments WHERE chain = ? AND from_address = ? AND state = 'exported'"
                                                 " ORDER BY id DESC"),
                            {text(chainName(chain)), text(address)}));
}

Result<void> ReplenishmentRepository::storeSigned(std::int64_t id, const QByteArray &signedTx, const std::string &txid,
                                                  std::int64_t nowMs)
{
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE replenishments SET signed_tx = ?, txid = ?, updated_at = ?"
                                     " WHERE id = ? AND state = 'exported' AND (signed_tx IS NULL OR signed_tx = ?)"),
                      {hexText(signedTx), text(txid), int64(nowMs), int64(id), hexText(signedTx)});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error{ErrorCode::Conflict, "replenishment " + std::to_string(id)
                                              + " is no longer waiting for its signed transaction, or holds another one"};
    return {};
}

Result<void> ReplenishmentRepository::advance(std::int64_t id, ReplenishmentState from, ReplenishmentState to,
                                              const std::string &note, std::int64_t nowMs)
{
    auto q = sql::run(m_db, QStringLiteral("UPDATE replenishments SET state = ?, note = ?, updated_at = ? WHERE id = ? AND state = ?"),
                      {text(replenishmentStateName(to)), text(note), int64(nowMs), int64(id), text(replenishmentStateName(from))});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error{ErrorCode::Conflict,
                     "replenishment " + std::to_string(id) + " is no longer " + std::string(replenishmentStateName(from))};
    return {};
}

} // namespace exchange::withdrawals
