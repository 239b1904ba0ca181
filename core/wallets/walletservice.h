#pragma once
// The exchange's wallets and the chains' settings: registering addresses
// (validated and stored in their canonical spelling), the per-tier overview
// of ledger against chain, and node URLs and confirmations. Changes are
// authorised and audited.

#include "core/base/result.h"
#include "core/security/actor.h"
#include "core/wallets/chainsettings.h"
#include "core/money/asset.h"
#include "core/wallets/walletoverview.h"

#include <vector>

namespace exchange {
class ChangeNotifier;
class Clock;
class Database;
namespace security { class AuditLog; }
}

namespace exchange::wallets {

class WalletService final
{
public:
    WalletService(Database &database, const Clock &clock, security::AuditLog &audit, ChangeNotifier *notifier = nullptr);

    Result<std::vector<Wallet>> list() const;
    Result<Wallet> add(const security::Actor &actor, Wallet wallet);
    Result<void> recordChainBalance(std::int64_t walletId, Amount balance);
    // What a wallet holds of a token of its chain (the asset's code names it).
    Result<void> recordTokenBalance(std::int64_t walletId, const std::string &asset, Amount balance);
    // The token assets of every chain, as their rows say (what the chain
    // balances are read for; nothing moves on these).
    Result<std::vector<Asset>> tokens() const;
    // The accounts that hold part of hot's coin on a chain besides hot's
    // own address: Stellar's channel accounts that are or may be on the
    // ledger (funding, active, merging). Their XLM is hot's float (reserves
    // and the fees they pay for hot's payouts), so hot's chain reading adds
    // it. None on the other chains.
    Result<std::vector<std::string>> hotChannelAddresses(Chain chain) const;
    Result<std::vector<TierOverview>> overview() const;

    Result<std::vector<ChainSettings>> chainSettings() const;
    Result<ChainSettings> chainSettings(Chain chain) const;
    Result<ChainSettings> setChainSettings(const security::Actor &actor, const ChainSettings &settings);

    // The store the wallets are in (a payer reads its chain's own rows, such
    // as Stellar's channel accounts, from it).
    Database &database() const { return m_database; }

private:
    Database &m_database;
    const Clock &m_clock;
    security::AuditLog &m_audit;
    ChangeNotifier *m_notifier;
};

} // namespace exchange::wallets
