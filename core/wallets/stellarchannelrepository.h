#pragma once
// StellarChannelRepository: the stellar_channels table, inside the caller's
// transaction. A change of state names the state it leaves, so a second
// process (or a step repeated after a crash) cannot move a channel twice.

#include "core/base/result.h"
#include "core/store/dialect.h"
#include "core/wallets/stellarchannel.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace exchange::wallets {

class StellarChannelRepository final
{
public:
    StellarChannelRepository(QSqlDatabase db, const Dialect &dialect) : m_db(std::move(db)), m_dialect(dialect) {}

    Result<StellarChannel> insert(const StellarChannel &channel);
    // Oldest first; every state when none is given.
    Result<std::vector<StellarChannel>> list(std::optional<ChannelState> state = std::nullopt) const;
    Result<std::optional<StellarChannel>> byAddress(const std::string &address) const;
    // Moves channel id from `from` to `to`, storing the transaction that
    // does it (or clearing it: empty rawTx). Conflict when it is not in `from`.
    Result<void> advance(std::int64_t id, ChannelState from, ChannelState to, std::int64_t sequence, const std::string &rawTx,
                         const std::string &txid, std::int64_t lastValid, const std::string &note, std::int64_t nowMs);
    // Whether a payout from this channel is signed or broadcast (not decided).
    Result<bool> busy(const std::string &address) const;
    // The greatest N of the "channel:stellar:N" key names stored (0: none).
    Result<std::int64_t> lastKeyNumber() const;

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace exchange::wallets
