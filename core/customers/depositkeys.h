#pragma once
// DepositKeys: what issuing deposit addresses needs from the key vault's
// seed, prepared while the vault is unlocked so that issuing never needs it:
// - Ethereum: the extended public key of m/44'/60'/0'/0, written once to
//   deposit_xpubs (which refuses any change) and checked against the seed
//   at every later refresh; a stored xpub the seed does not give stops
//   Ethereum issuing (DepositXpubMismatch) until someone looks.
// - Algorand: SLIP-0010 has no public derivation, so a pool of addresses
//   derived ahead (wallet rows of tier deposit, no customer, their index),
//   topped up to the pool size (meta "algorand_deposit_pool_size", default
//   100) and issued one per customer by DepositAddressService.
// Indexes below kFirstCustomerIndex are the exchange's own wallets' range.
//
// One thread at a time (the core thread, or exctl's main thread).

#include "core/base/result.h"
#include "core/crypto/bip32publickey.h"
#include "core/security/actor.h"
#include "core/wallets/ethereumdepositxpub.h"

#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>

namespace exchange {
class ChangeNotifier;
class Clock;
class Database;
namespace security { class AuditLog; class KeyVault; }
}

namespace exchange::customers {

struct DepositPoolStatus {
    std::int64_t available = 0; // derived, not yet issued
    std::int64_t size = 0;      // what a refresh tops it up to
    // Fewer than 10% of the pool size left.
    bool low() const { return available * 10 < size; }
};

struct DepositKeysRefresh {
    bool seedPresent = false;     // false: the vault holds no seed, nothing done
    bool xpubRecorded = false;    // written by this refresh
    std::int64_t poolAdded = 0;   // Algorand addresses derived by this refresh
    DepositPoolStatus pool;
};

class DepositKeys final
{
public:
    static constexpr const char *kEthereumAccountPath = "m/44'/60'/0'/0";
    static constexpr std::int64_t kFirstCustomerIndex = 100;
    static constexpr std::int64_t kDefaultPoolSize = 100;
    static constexpr std::int64_t kMaximumPoolSize = 100000;
    static QString poolSizeKey() { return QStringLiteral("algorand_deposit_pool_size"); }
    // Set by a refresh that found the stored xpub is not the seed's: Ethereum
    // issuing stops (DepositXpubMismatch) until someone looks into it.
    static QString xpubMismatchKey() { return wallets::EthereumDepositXpub::mismatchKey(); }

    DepositKeys(Database &database, const Clock &clock, security::AuditLog &audit, ChangeNotifier *notifier = nullptr);

    // With the vault unlocked: records or checks the Ethereum xpub and tops
    // the Algorand pool up. WrongState while locked; DepositXpubMismatch
    // when the stored xpub is not the seed's (the pool is still topped up:
    // it does not depend on the xpub). Audited when it writes.
    Result<DepositKeysRefresh> refresh(const security::Actor &actor, const security::KeyVault &vault);

    Result<DepositPoolStatus> algorandPool() const;
    // An admin's setting (ChangeSettings), audited; 1 to kMaximumPoolSize.
    Result<void> setPoolSize(const security::Actor &actor, std::int64_t size);

    // The recorded xpub, read on the caller's connection; nullopt before
    // the vault's first refresh; DepositXpubMismatch once a refresh found
    // it is not the seed's.
    static Result<std::optional<crypto::Bip32PublicKey>> ethereumXpub(const QSqlDatabase &db);
    static Result<DepositPoolStatus> algorandPool(const QSqlDatabase &db);
    // The EIP-55 address of the account key's non-hardened child index:
    // what DepositAddressService issues at that index.
    static Result<std::string> ethereumAddress(const crypto::Bip32PublicKey &account, std::uint32_t index);

private:
    Database &m_database;
    const Clock &m_clock;
    security::AuditLog &m_audit;
    ChangeNotifier *m_notifier;
};

} // namespace exchange::customers
