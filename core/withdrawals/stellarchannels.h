#pragma once
// StellarChannels: hot's pool of Stellar channel accounts (exctl stellar
// channels). A channel is an account of the exchange's that is the source
// of payout transactions - it pays their fee and gives their sequence
// number - while the payment operation's source is hot, so N channels put
// N payouts in one ledger instead of one per ledger.
//
//  - create(n): the pool setting becomes n (MetaRepository kPoolKey), and
//    channels are made until n are active or funding: for each a new
//    Ed25519 key stored in the vault as "channel:stellar:N", and a
//    create_account from hot (hot's next sequence) of kStartingBalance - two
//    base reserves and a fee float - signed with hot's vault key, stored
//    with the channel (funding) BEFORE it is sent, audited.
//  - merge(): the pool setting becomes 0, and each active channel with no
//    payout in flight is merged back into hot: an account_merge signed with
//    the channel's key, stored (merging) before it is sent, audited. A busy
//    channel is said and left for the next merge.
//  - follow() (both call it first): a stored transaction is looked up by
//    hash; in a ledger and successful moves the channel on (active,
//    merged), failed signs another; not in a ledger it is sent again, the
//    same bytes, until its sequence was used by another or a ledger closed
//    after its max time; only then is another signed (and stored first).
// Trust the signer: a channel is only used with its key in the vault and
// its address the one that key derives (signWithStellarVaultKey); hot's
// key signs only hot's account.
// An admin in person with a confirmed code (ChangeMoneySettings); storing
// a key also needs ManageVaultKeys. Synchronous (it waits for Horizon):
// exctl or a worker thread, never the GUI thread.

#include "core/base/result.h"
#include "core/wallets/stellarchannel.h"

#include <optional>
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
namespace exchange::stellar {
class HorizonAccount;
class HorizonClient;
struct PaymentTransaction;
}
namespace exchange::wallets { class WalletService; }

namespace exchange::withdrawals {

struct ChannelsOutcome {
    int poolSize = 0;
    int created = 0;   // create_accounts signed and stored by this call
    int activated = 0; // channels that became active
    int merged = 0;    // channels merged into hot
    std::vector<std::string> notes; // what waits and why, in words
};

class StellarChannels final
{
public:
    static constexpr std::int64_t kBaseReserve = 5'000'000;       // 0.5 XLM
    static constexpr std::int64_t kFeeFloat = 10'000'000;         // 1 XLM: 100 payouts at the payer's highest fee
    static constexpr std::int64_t kStartingBalance = 2 * kBaseReserve + kFeeFloat;
    static constexpr std::uint32_t kFee = 1000;                   // ten base fees, as hot's trustlines
    static constexpr std::int64_t kValiditySeconds = 300;
    static constexpr int kMaxChannels = 100;
    static constexpr char kPoolKey[] = "stellar_channel_pool";
    static constexpr char kKeyPrefix[] = "channel:stellar:";

    StellarChannels(Database &database, const Clock &clock, security::AuditLog &audit, wallets::WalletService &wallets,
                    stellar::HorizonClient &horizon, std::string networkPassphrase);

    Result<std::vector<wallets::StellarChannel>> list() const;
    // The pool setting: how many channels payouts use (0 when never set).
    static Result<int> poolSize(Database &database);
    Result<ChannelsOutcome> create(const security::Actor &actor, int count, security::KeyVault &vault);
    Result<ChannelsOutcome> merge(const security::Actor &actor, const security::KeyVault &vault);
    Result<void> follow(const security::Actor &actor, const security::KeyVault &vault, ChannelsOutcome &outcome);

private:
    Result<std::string> hotAddress() const;
    static Result<void> hotKeyIsHots(const security::KeyVault &vault, const std::string &hot);
    Result<void> setPoolSize(const security::Actor &actor, int size);
    Result<void> createOne(const security::Actor &actor, security::KeyVault &vault, const std::string &hot,
                           std::int64_t number, ChannelsOutcome &outcome);
    // Signs the channel's create_account (funding) or account_merge
    // (merging) anew and stores it, in state `to`, before it is sent.
    Result<wallets::StellarChannel> signAndStore(const security::KeyVault &vault, const wallets::StellarChannel &channel, wallets::ChannelState to,
                                        const std::string &hot, const std::string &action, const security::Actor &actor);
    Result<void> followOne(const security::Actor &actor, const security::KeyVault &vault, const wallets::StellarChannel &channel,
                           const std::string &hot, ChannelsOutcome &outcome);
    Result<void> moveOn(const security::Actor &actor, const wallets::StellarChannel &channel, wallets::ChannelState to, const std::string &note,
                        ChannelsOutcome &outcome);
    // The stored transaction's fate on the ledger: true successful, false
    // failed, nullopt not in a ledger.
    Result<std::optional<bool>> lookup(const std::string &txid);
    Result<bool> pastTimeBounds(const wallets::StellarChannel &channel);
    Result<std::optional<stellar::HorizonAccount>> account(const std::string &address);

    Database &m_database;
    const Clock &m_clock;
    security::AuditLog &m_audit;
    wallets::WalletService &m_wallets;
    stellar::HorizonClient &m_horizon;
    std::string m_passphrase;
};

} // namespace exchange::withdrawals
