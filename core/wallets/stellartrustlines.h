#pragma once
// StellarTrustlines: the trustlines the exchange's own Stellar wallets (hot,
// warm, cold) need before they can hold a Stellar token. list() tells, for
// each of those wallets and each Stellar token in force (the identity an
// admin signed, wallets::tokensInForce), whether Horizon shows the line,
// whether the issuer authorised it, and what it holds. establish() makes
// the line, unlimited (stellar::MaxTrustLimit, the SDK's default): for hot a
// change_trust signed with the vault's hot:stellar key (after checking that
// it is hot's account) and submitted; for warm and cold, which are
// watch-only, the unsigned envelope (base64 XDR, time bounds 0/0: none) from the
// account's next sequence, to be signed offline and submitted by whoever
// holds that key. It refuses an asset not in force, an account that does
// not exist, and one without the 0.5 XLM reserve a line adds plus the fee;
// a line that exists already is left as it is. An admin with a confirmed
// code; audited ("stellar.trustline").
//
// Hot's change_trust takes hot's next sequence number: a payout signed but
// not yet on chain then expires and is signed again (PayoutService), so it
// is best made while no payout is on its way.
//
// Synchronous (it waits for Horizon): exctl, never the GUI thread.

#include "core/base/result.h"
#include "core/money/amount.h"
#include "core/money/assetidentity.h"
#include "core/wallets/tokensinforce.h"
#include "core/wallets/wallet.h"

#include <cstdint>
#include <string>
#include <vector>

namespace exchange {
class Clock;
class Database;
}
namespace exchange::security {
struct Actor;
class AuditLog;
class KeyVault;
}
namespace exchange::stellar { class HorizonClient; }

namespace exchange::wallets {

class WalletService;

struct TrustlineState {
    WalletTier tier = WalletTier::Hot;
    std::string address;
    std::string asset;      // the exchange's code ("USDC")
    AssetIdentity identity; // the code and issuer on the ledger
    bool accountExists = false;
    bool exists = false;     // the line is there
    bool authorized = false; // by the issuer (is_authorized)
    Amount balance;
    Amount limit;
};

struct TrustlineOutcome {
    TrustlineState before;
    bool alreadyTrusted = false; // nothing was made
    bool submitted = false;      // hot: signed and in a ledger
    std::string txid;            // hex hash for the network passphrase
    std::string envelope;        // base64 XDR: signed (hot) or unsigned (warm, cold)
};

class StellarTrustlines final
{
public:
    // The fee offered, in stroops: ten times the base fee, so that a surge
    // does not keep an offline-signed envelope out (only the going rate is
    // charged).
    static constexpr std::uint32_t kFee = 1000;
    static constexpr std::int64_t kValiditySeconds = 300; // hot's submission only

    StellarTrustlines(Database &database, const Clock &clock, security::AuditLog &audit, WalletService &wallets,
                      stellar::HorizonClient &horizon, std::string networkPassphrase);

    Result<std::vector<TrustlineState>> list(const PinnedKeySource &pin);
    // vault: unlocked, for tier Hot; may be null for warm and cold.
    Result<TrustlineOutcome> establish(const security::Actor &actor, const std::string &asset, WalletTier tier,
                                       const PinnedKeySource &pin, const security::KeyVault *vault);

private:
    Result<Wallet> walletOf(WalletTier tier) const;
    Result<TrustlineState> stateOf(const Wallet &wallet, const WatchedToken &token, std::int64_t *sequence, Amount *spendable);

    Database &m_database;
    const Clock &m_clock;
    security::AuditLog &m_audit;
    WalletService &m_wallets;
    stellar::HorizonClient &m_horizon;
    std::string m_passphrase;
};

} // namespace exchange::wallets
