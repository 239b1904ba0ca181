#pragma once
// StellarChannelPool: which of hot's Stellar channel accounts the next
// payout goes through. The pool is the first poolSize (the setting) of the
// active channels, oldest first; a channel is free while no payout of it is
// signed or broadcast (one transaction in flight per channel). A channel is
// only offered when the vault holds its key (a "channel:stellar:N" name)
// and that key's account is the channel's address - never on the word of
// the rows alone. freeChannel(): nullopt when the pool is empty (payouts go
// from hot itself), WrongState while every channel of it is busy (the
// payout waits for the next run), else the free channel.

#include "core/base/result.h"
#include "core/wallets/stellarchannel.h"

#include <optional>
#include <string>
#include <vector>

namespace exchange { class Database; }
namespace exchange::security { class KeyVault; }

namespace exchange::withdrawals {

class StellarChannelPool final
{
public:
    explicit StellarChannelPool(Database &database) : m_database(database) {}

    Result<std::optional<wallets::StellarChannel>> freeChannel(const security::KeyVault &vault);
    // Why channels were passed over (a key missing or another account's),
    // for the run's report.
    const std::vector<std::string> &skipped() const { return m_skipped; }

private:
    Database &m_database;
    std::vector<std::string> m_skipped;
};

} // namespace exchange::withdrawals
