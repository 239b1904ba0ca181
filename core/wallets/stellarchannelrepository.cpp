#include "core/wallets/stellarchannelrepository.h"

#include "core/store/sql.h"

#include <QSqlQuery>

#include <algorithm>
#include <charconv>

namespace exchange::wallets {

namespace {

const QString kColumns = QStringLiteral("id, address, key_name, state, sequence, raw_tx, txid, last_valid, created_at, updated_at, note");
constexpr std::string_view kKeyPrefix = "channel:stellar:";

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

QString stateText(ChannelState state)
{
    return QString::fromLatin1(channelStateName(state));
}

QVariant integer(std::int64_t value)
{
    return QVariant::fromValue(static_cast<qint64>(value));
}

Result<std::vector<StellarChannel>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    std::vector<StellarChannel> rows;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        StellarChannel c;
        c.id = r.value(0).toLongLong();
        const auto state = channelStateFromName(r.value(3).toString().toStdString());
        if (!state)
            return Error{ErrorCode::Corrupted, "Stellar channel " + std::to_string(c.id) + " has an unknown state"};
        c.address = r.value(1).toString().toStdString();
        c.keyName = r.value(2).toString().toStdString();
        c.state = *state;
        c.sequence = r.value(4).toLongLong();
        c.rawTx = r.value(5).toString().toStdString();
        c.txid = r.value(6).toString().toStdString();
        c.lastValid = r.value(7).toLongLong();
        c.createdAtMs = r.value(8).toLongLong();
        c.updatedAtMs = r.value(9).toLongLong();
        c.note = r.value(10).toString().toStdString();
        rows.push_back(std::move(c));
    }
    return rows;
}

} // namespace

Result<StellarChannel> StellarChannelRepository::insert(const StellarChannel &c)
{
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO stellar_channels (address, key_name, state, sequence, raw_tx, txid, last_valid,"
                                     " created_at, updated_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {text(c.address), text(c.keyName), stateText(c.state), integer(c.sequence), text(c.rawTx), text(c.txid),
                       integer(c.lastValid), integer(c.createdAtMs), integer(c.createdAtMs), text(c.note)});
    if (!q)
        return q.error();
    auto stored = byAddress(c.address);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return Error{ErrorCode::Internal, "the Stellar channel was not stored"};
    return *stored.value();
}

Result<std::vector<StellarChannel>> StellarChannelRepository::list(std::optional<ChannelState> state) const
{
    if (state)
        return readAll(sql::run(m_db, QStringLiteral("SELECT %1 FROM stellar_channels WHERE state = ? ORDER BY id").arg(kColumns),
                                {stateText(*state)}));
    return readAll(sql::run(m_db, QStringLiteral("SELECT %1 FROM stellar_channels ORDER BY id").arg(kColumns), QVariantList{}));
}

Result<std::optional<StellarChannel>> StellarChannelRepository::byAddress(const std::string &address) const
{
    auto rows = readAll(
        sql::run(m_db, QStringLiteral("SELECT %1 FROM stellar_channels WHERE address = ?").arg(kColumns), {text(address)}));
    if (!rows)
        return rows.error();
    if (rows.value().empty())
        return std::optional<StellarChannel>();
    return std::optional<StellarChannel>(rows.value().front());
}

Result<void> StellarChannelRepository::advance(std::int64_t id, ChannelState from, ChannelState to, std::int64_t sequence,
                                               const std::string &rawTx, const std::string &txid, std::int64_t lastValid,
                                               const std::string &note, std::int64_t nowMs)
{
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE stellar_channels SET state = ?, sequence = ?, raw_tx = ?, txid = ?, last_valid = ?,"
                                     " note = ?, updated_at = ? WHERE id = ? AND state = ?"),
                      {stateText(to), integer(sequence), text(rawTx), text(txid), integer(lastValid), text(note), integer(nowMs),
                       integer(id), stateText(from)});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error{ErrorCode::Conflict, "Stellar channel " + std::to_string(id) + " is no longer " + std::string(channelStateName(from))};
    return {};
}

Result<bool> StellarChannelRepository::busy(const std::string &address) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT COUNT(*) FROM withdrawal_payouts WHERE chain = 'stellar' AND source = ?"
                                     " AND state IN ('signed', 'broadcast')"),
                      {text(address)});
    if (!q)
        return q.error();
    return q.value().next() && q.value().value(0).toLongLong() > 0;
}

Result<std::int64_t> StellarChannelRepository::lastKeyNumber() const
{
    auto all = list();
    if (!all)
        return all.error();
    std::int64_t last = 0;
    for (const StellarChannel &c : all.value()) {
        if (c.keyName.compare(0, kKeyPrefix.size(), kKeyPrefix) != 0)
            continue;
        std::int64_t n = 0;
        const char *begin = c.keyName.data() + kKeyPrefix.size();
        const char *end = c.keyName.data() + c.keyName.size();
        if (auto [at, ec] = std::from_chars(begin, end, n); ec == std::errc() && at == end)
            last = std::max(last, n);
    }
    return last;
}

} // namespace exchange::wallets
