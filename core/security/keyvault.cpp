#include "core/base/message.h"
#include "core/security/keyvault.h"
#include "core/security/decisionsigner.h"

#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/crypto/sodiuminit.h"
#include "core/security/auditlog.h"
#include "core/security/currentauthority.h"
#include "core/security/exchangeidentity.h"
#include "core/security/permissions.h"
#include "core/store/database.h"
#include "core/store/metarepository.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace exchange::security {

namespace {

const QString kMetaKey = QStringLiteral("vault");
// Encrypted under the master key at creation: opening it proves the
// passphrase without touching any wallet key.
const QByteArray kCheckText = QByteArrayLiteral("exchange-console key vault v1");

QByteArray seal(const SecureBuffer &master, const unsigned char *plain, std::size_t size, QByteArray &nonceOut)
{
    nonceOut = QByteArray(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(nonceOut.data(), static_cast<size_t>(nonceOut.size()));
    QByteArray box(static_cast<qsizetype>(size + crypto_secretbox_MACBYTES), Qt::Uninitialized);
    SecureBuffer::ReadView k(master);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(box.data()), plain, size,
                          reinterpret_cast<const unsigned char *>(nonceOut.constData()), k.data());
    return box;
}

// Opens a box into guarded memory; empty on a wrong key or damaged box.
SecureBuffer open(const SecureBuffer &master, const QByteArray &box, const QByteArray &nonce)
{
    if (box.size() < static_cast<qsizetype>(crypto_secretbox_MACBYTES)
        || nonce.size() != static_cast<qsizetype>(crypto_secretbox_NONCEBYTES))
        return {};
    SecureBuffer plain(static_cast<size_t>(box.size()) - crypto_secretbox_MACBYTES);
    SecureBuffer::WriteView out(plain);
    SecureBuffer::ReadView k(master);
    if (crypto_secretbox_open_easy(out.data(), reinterpret_cast<const unsigned char *>(box.constData()),
                                   static_cast<unsigned long long>(box.size()),
                                   reinterpret_cast<const unsigned char *>(nonce.constData()), k.data())
        != 0)
        return {};
    return plain;
}

} // namespace

KeyVault::KeyVault(Database &database, const Clock &clock, AuditLog &audit, ChangeNotifier *notifier,
                   Strength strength)
    : m_database(database), m_clock(clock), m_audit(audit), m_notifier(notifier), m_strength(strength)
{
}

KeyVault::~KeyVault()
{
    wipe();
}

const char *KeyVault::describe(State state)
{
    switch (state) {
    case State::Uninitialized: return messageEnglish(MessageId::VaultStateNone);
    case State::Locked: return messageEnglish(MessageId::VaultStateLocked);
    case State::Unlocked: return messageEnglish(MessageId::VaultStateUnlocked);
    }
    return "";
}

Result<KeyVault::State> KeyVault::state() const
{
    if (isUnlocked())
        return State::Unlocked;
    auto stored = MetaRepository(m_database.connection()).get(kMetaKey);
    if (!stored)
        return stored.error();
    return stored.value() ? State::Locked : State::Uninitialized;
}

bool KeyVault::isUnlocked() const
{
    std::lock_guard lock(m_mutex);
    return !m_master.isEmpty();
}

Result<SecureBuffer> KeyVault::deriveKey(const QByteArray &passphrase, const QByteArray &salt, quint64 ops,
                                         std::size_t mem) const
{
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return Error{ErrorCode::Corrupted, "the key vault's salt is damaged"};
    SecureBuffer key(crypto_secretbox_KEYBYTES);
    SecureBuffer::WriteView w(key);
    if (crypto_pwhash(w.data(), w.size(), passphrase.constData(), static_cast<unsigned long long>(passphrase.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), ops, mem,
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error{ErrorCode::Internal, "not enough memory to derive the vault key"};
    return key;
}

Result<void> KeyVault::initialize(const Actor &actor, const QByteArray &passphrase)
{
    if (auto allowed = authorize(actor, Action::UnlockVault); !allowed)
        return allowed.error();
    if (passphrase.size() < kMinimumPassphrase)
        return makeError(ErrorCode::InvalidInput, MessageId::VaultPassphraseTooShort,
                         {std::to_string(kMinimumPassphrase)});
    crypto::ensureSodium();
    const quint64 ops = m_strength == Strength::Moderate ? crypto_pwhash_OPSLIMIT_MODERATE
                                                         : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const std::size_t mem = m_strength == Strength::Moderate ? crypto_pwhash_MEMLIMIT_MODERATE
                                                             : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    auto master = deriveKey(passphrase, salt, ops, mem);
    if (!master)
        return master.error();
    QByteArray nonce;
    const QByteArray check = seal(master.value(), reinterpret_cast<const unsigned char *>(kCheckText.constData()),
                                  static_cast<size_t>(kCheckText.size()), nonce);
    const QJsonObject params{{QStringLiteral("salt"), QString::fromLatin1(salt.toHex())},
                             {QStringLiteral("opslimit"), static_cast<qint64>(ops)},
                             {QStringLiteral("memlimit"), static_cast<qint64>(mem)},
                             {QStringLiteral("check_nonce"), QString::fromLatin1(nonce.toHex())},
                             {QStringLiteral("check_box"), QString::fromLatin1(check.toHex())}};

    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = authorizeNow(work.db(), actor, Action::UnlockVault); !allowed)
        return allowed.error();
    MetaRepository meta(work.db());
    auto existing = meta.get(kMetaKey);
    if (!existing)
        return existing.error();
    if (existing.value())
        return makeError(ErrorCode::Conflict, MessageId::VaultExists);
    if (auto set = meta.set(kMetaKey, QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact))); !set)
        return set.error();
    if (auto a = m_audit.append(work.db(), actor, "vault.create", "vault", "keys", {},
                                QJsonObject{{QStringLiteral("state"), QStringLiteral("unlocked")}});
        !a)
        return a.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    {
        std::lock_guard lock(m_mutex);
        m_master = std::move(master).value();
    }
    m_audit.announce();
    // The chain of trust starts with the admin who created the vault.
    if (actor.signer)
        return pinAdminKey(actor, actor.signer->publicKey());
    return {};
}

Result<void> KeyVault::unlock(const Actor &actor, const QByteArray &passphrase)
{
    if (auto allowed = authorize(actor, Action::UnlockVault); !allowed)
        return allowed.error();
    // The operator as stored now: a demoted or disabled admin opens no vault.
    if (auto allowed = authorizeNow(m_database.connection(), actor, Action::UnlockVault); !allowed)
        return allowed.error();
    auto stored = MetaRepository(m_database.connection()).get(kMetaKey);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return makeError(ErrorCode::WrongState, MessageId::VaultNotCreated);
    const QJsonObject params = QJsonDocument::fromJson(stored.value()->toUtf8()).object();
    auto master = deriveKey(passphrase, QByteArray::fromHex(params.value(QStringLiteral("salt")).toString().toLatin1()),
                            static_cast<quint64>(params.value(QStringLiteral("opslimit")).toInteger()),
                            static_cast<std::size_t>(params.value(QStringLiteral("memlimit")).toInteger()));
    if (!master)
        return master.error();
    const SecureBuffer check = open(master.value(),
                                    QByteArray::fromHex(params.value(QStringLiteral("check_box")).toString().toLatin1()),
                                    QByteArray::fromHex(params.value(QStringLiteral("check_nonce")).toString().toLatin1()));
    if (check.isEmpty()) {
        if (auto a = m_audit.record(actor, "vault.unlock_failed", "vault", "keys"); !a)
            return a.error();
        return makeError(ErrorCode::Unauthorized, MessageId::WrongVaultPassphrase);
    }
    auto rows = sql::run(m_database.connection(), QStringLiteral("SELECT name, nonce, ciphertext FROM vault_keys"));
    if (!rows)
        return rows.error();
    std::map<std::string, SecureBuffer> keys;
    while (rows.value().next()) {
        const std::string name = rows.value().value(0).toString().toStdString();
        SecureBuffer key = open(master.value(), QByteArray::fromHex(rows.value().value(2).toString().toLatin1()),
                                QByteArray::fromHex(rows.value().value(1).toString().toLatin1()));
        if (key.isEmpty())
            return makeError(ErrorCode::Corrupted, MessageId::VaultKeyAltered, {name});
        keys.emplace(name, std::move(key));
    }
    const auto count = static_cast<qint64>(keys.size());
    {
        std::lock_guard lock(m_mutex);
        m_master = std::move(master).value();
        m_keys = std::move(keys);
    }
    if (auto a = m_audit.record(actor, "vault.unlock", "vault", "keys",
                                QJsonObject{{QStringLiteral("state"), QStringLiteral("locked")}},
                                QJsonObject{{QStringLiteral("state"), QStringLiteral("unlocked")},
                                            {QStringLiteral("keys"), count}});
        !a)
        return a.error();
    // A vault from before signing keys is pinned by the first admin who
    // unlocks it and can sign (only a holder of the passphrase can).
    if (actor.signer && actor.role == Role::Admin) {
        auto pinned = pinnedAdminKey();
        if (!pinned)
            return pinned.error();
        if (!pinned.value())
            return pinAdminKey(actor, actor.signer->publicKey());
    }
    // Not binding now leaves the vault as it was: it is tried at the next unlock.
    if (auto bound = bindPinToExchange(actor); !bound)
        qWarning("the key vault's pin is not yet bound to this exchange: %s", bound.error().message.c_str());
    return {};
}

Result<void> KeyVault::bindPinToExchange(const Actor &actor)
{
    auto sealed = sealedPin();
    if (!sealed)
        return sealed.error();
    if (!sealed.value() || sealed.value()->size() != kPinnedKeySize)
        return {}; // nothing pinned, or bound already
    auto exchangeId = ExchangeIdentity::obtain(m_database, m_audit);
    if (!exchangeId)
        return exchangeId.error();
    const QByteArray bound = *sealed.value() + exchangeId.value().toLatin1();
    QByteArray nonce;
    QByteArray box;
    {
        std::lock_guard lock(m_mutex);
        if (m_master.isEmpty())
            return makeError(ErrorCode::WrongState, MessageId::VaultLockedForKeys);
        box = seal(m_master, reinterpret_cast<const unsigned char *>(bound.constData()),
                   static_cast<std::size_t>(bound.size()), nonce);
    }
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    auto updated = sql::run(work.db(), QStringLiteral("UPDATE vault_keys SET nonce = ?, ciphertext = ? WHERE name = ?"),
                            {QString::fromLatin1(nonce.toHex()), QString::fromLatin1(box.toHex()),
                             QString::fromLatin1(kTrustAnchorName)});
    if (!updated)
        return updated.error();
    if (auto a = m_audit.append(work.db(), actor, "vault.bind_exchange", "vault_key", kTrustAnchorName, {},
                                QJsonObject{{QStringLiteral("exchange_id"), exchangeId.value()}});
        !a)
        return a.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    {
        std::lock_guard lock(m_mutex);
        m_keys.insert_or_assign(kTrustAnchorName, SecureBuffer(reinterpret_cast<const unsigned char *>(bound.constData()),
                                                               static_cast<std::size_t>(bound.size())));
    }
    m_audit.announce();
    return {};
}

void KeyVault::wipe()
{
    std::lock_guard lock(m_mutex);
    m_keys.clear(); // each SecureBuffer wipes itself
    m_master.clear();
}

void KeyVault::lock(const Actor &actor)
{
    const bool wasUnlocked = isUnlocked();
    wipe();
    if (wasUnlocked)
        (void)m_audit.record(actor, "vault.lock", "vault", "keys",
                             QJsonObject{{QStringLiteral("state"), QStringLiteral("unlocked")}},
                             QJsonObject{{QStringLiteral("state"), QStringLiteral("locked")}});
}

Result<VaultKeyInfo> KeyVault::storeKey(const Actor &actor, const std::string &name, const std::string &chain,
                                        const std::string &publicId, const SecureBuffer &secret)
{
    if (auto allowed = authorize(actor, Action::ManageVaultKeys); !allowed)
        return allowed.error();
    if (name.empty() || name.size() > 64)
        return makeError(ErrorCode::InvalidInput, MessageId::VaultKeyNameLength);
    if (secret.isEmpty())
        return makeError(ErrorCode::InvalidInput, MessageId::VaultKeyEmpty);
    QByteArray nonce;
    QByteArray box;
    {
        std::lock_guard lock(m_mutex);
        if (m_master.isEmpty())
            return makeError(ErrorCode::WrongState, MessageId::VaultLockedForKeys);
        SecureBuffer::ReadView plain(secret);
        box = seal(m_master, plain.data(), plain.size(), nonce);
    }
    VaultKeyInfo info{name, chain, publicId, m_clock.nowMs(), actor.displayName()};
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = authorizeNow(work.db(), actor, Action::ManageVaultKeys); !allowed)
        return allowed.error();
    auto inserted = sql::run(work.db(),
                             QStringLiteral("INSERT INTO vault_keys (name, chain, public_id, nonce, ciphertext,"
                                            " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                             {QString::fromStdString(name), QString::fromStdString(chain),
                              QString::fromStdString(publicId), QString::fromLatin1(nonce.toHex()),
                              QString::fromLatin1(box.toHex()), info.createdAtMs,
                              QString::fromStdString(info.createdBy)});
    if (!inserted)
        return makeError(ErrorCode::Conflict, MessageId::VaultKeyNotStored, {name});
    if (auto a = m_audit.append(work.db(), actor, "vault.add_key", "vault_key", name, {},
                                QJsonObject{{QStringLiteral("chain"), QString::fromStdString(chain)},
                                            {QStringLiteral("public_id"), QString::fromStdString(publicId)}});
        !a)
        return a.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    {
        std::lock_guard lock(m_mutex);
        SecureBuffer::ReadView plain(secret);
        m_keys.insert_or_assign(name, SecureBuffer(plain.data(), plain.size()));
    }
    m_audit.announce();
    return info;
}

Result<std::vector<VaultKeyInfo>> KeyVault::keys(const Actor &actor) const
{
    if (auto allowed = authorize(actor, Action::ViewData); !allowed)
        return allowed.error();
    auto rows = sql::run(m_database.connection(),
                         QStringLiteral("SELECT name, chain, public_id, created_at, created_by FROM vault_keys ORDER BY name"));
    if (!rows)
        return rows.error();
    std::vector<VaultKeyInfo> all;
    while (rows.value().next()) {
        all.push_back(VaultKeyInfo{rows.value().value(0).toString().toStdString(),
                                   rows.value().value(1).toString().toStdString(),
                                   rows.value().value(2).toString().toStdString(), rows.value().value(3).toLongLong(),
                                   rows.value().value(4).toString().toStdString()});
    }
    return all;
}

Result<void> KeyVault::useKey(const std::string &name,
                              const std::function<void(const unsigned char *, std::size_t)> &use) const
{
    std::lock_guard lock(m_mutex);
    if (m_master.isEmpty())
        return makeError(ErrorCode::WrongState, MessageId::VaultStateLocked);
    auto it = m_keys.find(name);
    if (it == m_keys.end())
        return makeError(ErrorCode::NotFound, MessageId::NoSuchVaultKey, {name});
    SecureBuffer::ReadView key(it->second);
    use(key.data(), key.size());
    return {};
}

Result<void> KeyVault::pinAdminKey(const Actor &actor, const QByteArray &publicKey)
{
    if (auto allowed = authorize(actor, Action::ManageVaultKeys); !allowed)
        return allowed.error();
    if (publicKey.size() != 32)
        return Error{ErrorCode::InvalidInput, "an admin's signing key has 32 bytes"};
    auto pinned = pinnedAdminKey();
    if (!pinned)
        return pinned.error();
    if (pinned.value())
        return makeError(ErrorCode::Conflict, MessageId::VaultTrustAnchorSet);
    auto exchangeId = ExchangeIdentity::obtain(m_database, m_audit);
    if (!exchangeId)
        return exchangeId.error();
    const QByteArray sealed = publicKey + exchangeId.value().toLatin1();
    const SecureBuffer bytes(reinterpret_cast<const unsigned char *>(sealed.constData()),
                             static_cast<std::size_t>(sealed.size()));
    auto stored = storeKey(actor, kTrustAnchorName, "trust", publicKey.toHex().toStdString(), bytes);
    if (!stored)
        return stored.error();
    return {};
}

Result<std::optional<QByteArray>> KeyVault::pinnedAdminKey() const
{
    auto sealed = sealedPin();
    if (!sealed)
        return sealed.error();
    if (!sealed.value())
        return std::optional<QByteArray>{};
    return std::optional<QByteArray>{sealed.value()->left(kPinnedKeySize)};
}

Result<std::optional<QString>> KeyVault::boundExchangeId() const
{
    auto sealed = sealedPin();
    if (!sealed)
        return sealed.error();
    if (!sealed.value() || sealed.value()->size() == kPinnedKeySize)
        return std::optional<QString>{};
    return std::optional<QString>{QString::fromLatin1(sealed.value()->mid(kPinnedKeySize))};
}

Result<std::optional<QByteArray>> KeyVault::sealedPin() const
{
    QByteArray bytes;
    auto used = useKey(kTrustAnchorName, [&bytes](const unsigned char *data, std::size_t size) {
        bytes = QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    });
    if (!used) {
        if (used.error().code == ErrorCode::NotFound)
            return std::optional<QByteArray>{};
        return used.error();
    }
    // The key, then (since pins carry it) the exchange's id: 32 hex digits.
    if (bytes.size() != kPinnedKeySize && bytes.size() != kPinnedKeySize + 32)
        return Error{ErrorCode::Corrupted, "the vault's pinned admin key is damaged"};
    return std::optional<QByteArray>{bytes};
}

} // namespace exchange::security
