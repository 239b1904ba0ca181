#pragma once
// StellarMemoRequired: SEP-29's data entry config.memo_required = "1" on the
// exchange's Stellar base account (hot's account, where deposits arrive
// with a memo naming the customer), which tells wallets to refuse a payment
// to it without a memo. state() reads the entry from Horizon: set (the
// value "1", as SEP-29 asks), not set (absent or another value), or the
// account missing. set(true) writes the entry and set(false) deletes it,
// each as one manage_data from hot's next sequence: signed with the vault's
// hot:stellar key (after checking that it is hot's account) and submitted
// when the vault holds that key; otherwise the unsigned envelope (base64
// XDR, time bounds 0/0: none) for whoever holds hot's key to sign offline
// and submit. Idempotent: an entry already as asked signs nothing. It
// refuses an account that does not exist and one that cannot pay the fee
// (and, for a new entry, the 0.5 XLM reserve it adds). An admin with a
// confirmed code (ChangeMoneySettings); audited ("stellar.memo_required").
//
// Like hot's trustlines, the transaction takes hot's next sequence number:
// a payout signed but not yet on chain then expires and is signed again.
//
// Synchronous (it waits for Horizon): exctl or a worker thread, never the
// GUI thread.

#include "core/base/result.h"
#include "core/money/amount.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <string>

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

enum class MemoRequirement { Set, NotSet, AccountMissing };

struct MemoRequiredState {
    std::string address; // the base account: hot's G… address
    MemoRequirement requirement = MemoRequirement::AccountMissing;
    // The entry's value when the account has one ("1" when set; anything
    // else does not ask wallets for a memo).
    std::optional<QByteArray> value;
};

struct MemoRequiredOutcome {
    MemoRequiredState before;
    bool unchanged = false; // already as asked: nothing signed
    bool submitted = false; // signed with hot's vault key and in a ledger
    std::string txid;       // hex hash for the network passphrase
    std::string envelope;   // base64 XDR: signed (submitted) or unsigned (export)
};

class StellarMemoRequired final
{
public:
    static constexpr char kEntryName[] = "config.memo_required";
    static constexpr char kVaultKey[] = "hot:stellar";
    // As the trustlines: ten times the base fee, so a surge does not keep an
    // offline-signed envelope out (only the going rate is charged).
    static constexpr std::uint32_t kFee = 1000;
    static constexpr std::int64_t kValiditySeconds = 300; // a submission only

    StellarMemoRequired(Database &database, const Clock &clock, security::AuditLog &audit, WalletService &wallets,
                        stellar::HorizonClient &horizon, std::string networkPassphrase);

    Result<MemoRequiredState> state();
    // Whether set() signs with this vault (unlocked, holding hot:stellar) or
    // writes an export.
    static bool vaultSigns(const security::KeyVault *vault, const security::Actor &actor);
    // required: set the entry to "1", else delete it. vault: may be null
    // (an export).
    Result<MemoRequiredOutcome> set(const security::Actor &actor, bool required, const security::KeyVault *vault);

private:
    Result<std::string> baseAccount() const;
    Result<MemoRequiredState> stateOf(const std::string &address, std::int64_t *sequence, Amount *spendable);

    Database &m_database;
    const Clock &m_clock;
    security::AuditLog &m_audit;
    WalletService &m_wallets;
    stellar::HorizonClient &m_horizon;
    std::string m_passphrase;
};

} // namespace exchange::wallets
