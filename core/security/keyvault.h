#pragma once
// KeyVault: the hot-wallet and deposit keys, encrypted at rest with
// libsodium secretbox under a key derived from the vault passphrase by
// Argon2id. An admin with a confirmed two-factor code unlocks it; while
// unlocked the keys live in guarded memory (SecureBuffer) and are wiped on
// lock() and when the vault is destroyed. There is no call that returns a
// private key: useKey() lends the bytes to a signing function for the
// length of the call. No key or passphrase reaches an error message, a log
// or the audit log. Thread-safe.

#include "core/base/result.h"
#include "core/security/actor.h"
#include "core/security/securebuffer.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace exchange {
class ChangeNotifier;
class Clock;
class Database;
}

namespace exchange::security {

class AuditLog;

struct VaultKeyInfo {
    std::string name;
    std::string chain;
    std::string publicId; // address or public key: what the key is for
    qint64 createdAtMs = 0;
    std::string createdBy;
};

class KeyVault final
{
public:
    enum class State { Uninitialized, Locked, Unlocked };
    // Argon2id cost of a new vault: Moderate (256 MiB, about a second) in
    // production, Interactive for tests.
    enum class Strength { Interactive, Moderate };
    static constexpr int kMinimumPassphrase = 12;

    KeyVault(Database &database, const Clock &clock, AuditLog &audit, ChangeNotifier *notifier = nullptr,
             Strength strength = Strength::Moderate);
    ~KeyVault();
    KeyVault(const KeyVault &) = delete;
    KeyVault &operator=(const KeyVault &) = delete;

    Result<State> state() const;
    bool isUnlocked() const;
    // For status lines: why automatic payouts wait, or that they may go.
    static const char *describe(State state);

    // Creates the vault (once) and leaves it unlocked.
    Result<void> initialize(const Actor &actor, const QByteArray &passphrase);
    Result<void> unlock(const Actor &actor, const QByteArray &passphrase);
    void lock(const Actor &actor);

    // Encrypts and stores a new key (the vault must be unlocked).
    Result<VaultKeyInfo> storeKey(const Actor &actor, const std::string &name, const std::string &chain,
                                  const std::string &publicId, const SecureBuffer &secret);
    Result<std::vector<VaultKeyInfo>> keys(const Actor &actor) const;
    // The admin signing key the chain of trust starts from (TrustChain):
    // pinned once, sealed like every vault key, so whoever can only write
    // to the database cannot swap it. initialize() pins the creating
    // admin's key when they can sign; an older vault is pinned by an admin
    // once it is unlocked. The pin is sealed together with the exchange's
    // id (ExchangeIdentity), so the vault and the signer's journal stay
    // bound to the database they belong to: an id changed in SQL no longer
    // matches (SignerTrustCheck).
    static constexpr const char *kTrustAnchorName = "trust:admin-key";
    // The BIP-39 seed every deposit key derives from (Ethereum at
    // m/44'/60'/0'/0/i, Algorand by SLIP-0010 at index i).
    static constexpr const char *kDepositSeedName = "seed";
    Result<void> pinAdminKey(const Actor &actor, const QByteArray &publicKey);
    // nullopt when none is pinned; WrongState while locked.
    Result<std::optional<QByteArray>> pinnedAdminKey() const;
    // The exchange id sealed with the pin; nullopt when none is pinned, or
    // the pin was made before pins carried it.
    Result<std::optional<QString>> boundExchangeId() const;

    // WrongState while locked ("payouts wait"), NotFound for an unknown key.
    Result<void> useKey(const std::string &name,
                        const std::function<void(const unsigned char *key, std::size_t size)> &use) const;

private:
    static constexpr qsizetype kPinnedKeySize = 32;
    // The pin's sealed bytes: the key, and the exchange id when bound.
    Result<std::optional<QByteArray>> sealedPin() const;
    // Seals the exchange's id with a pin made before pins carried it.
    Result<void> bindPinToExchange(const Actor &actor);
    Result<SecureBuffer> deriveKey(const QByteArray &passphrase, const QByteArray &salt, quint64 ops,
                                   std::size_t mem) const;
    void wipe();

    Database &m_database;
    const Clock &m_clock;
    AuditLog &m_audit;
    ChangeNotifier *m_notifier;
    Strength m_strength;
    mutable std::mutex m_mutex;
    SecureBuffer m_master;
    std::map<std::string, SecureBuffer> m_keys;
};

} // namespace exchange::security
