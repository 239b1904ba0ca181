#include "core/api/webhookkey.h"

#include "core/crypto/ed25519.h"
#include "core/crypto/hex.h"
#include "core/security/keyvault.h"
#include "core/security/securebuffer.h"
#include "core/store/sql.h"

namespace exchange::api {

Result<bool> WebhookKey::ensure(security::KeyVault &vault, const security::Actor &actor)
{
    auto keys = vault.keys(actor);
    if (!keys)
        return keys.error();
    for (const security::VaultKeyInfo &key : keys.value()) {
        if (key.name == kVaultName)
            return false;
    }
    QByteArray seed = crypto::ed25519::randomSeed();
    const QByteArray publicKey = crypto::ed25519::publicKeyFromSeed(seed);
    security::SecureBuffer secret(reinterpret_cast<const unsigned char *>(seed.constData()), static_cast<std::size_t>(seed.size()));
    seed.fill('\0');
    auto stored = vault.storeKey(actor, kVaultName, "webhook", hex::encode(publicKey), secret);
    if (!stored)
        return stored.error();
    return true;
}

Result<std::optional<QByteArray>> WebhookKey::publicKey(const QSqlDatabase &db)
{
    auto q = sql::run(db, QStringLiteral("SELECT public_id FROM vault_keys WHERE name = ?"), {QString::fromLatin1(kVaultName)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<QByteArray>();
    auto key = hex::decode(q.value().value(0).toString().toStdString());
    if (!key || key.value().size() != 32)
        return Error{ErrorCode::Corrupted, "the webhook signing key's public key is not 32 bytes in hex"};
    return std::optional<QByteArray>(key.value());
}

Result<QByteArray> WebhookKey::sign(const security::KeyVault &vault, const QByteArray &message)
{
    Result<QByteArray> signature = Error{ErrorCode::Internal, "not signed"};
    auto used = vault.useKey(kVaultName, [&](const unsigned char *key, std::size_t size) {
        if (size != 32) {
            signature = Error{ErrorCode::Corrupted, "the vault's webhook:signing key is not a 32-byte Ed25519 seed"};
            return;
        }
        QByteArray seed(reinterpret_cast<const char *>(key), static_cast<qsizetype>(size));
        signature = crypto::ed25519::sign(seed, message);
        seed.fill('\0');
    });
    if (!used)
        return used.error();
    return signature;
}

QByteArray WebhookKey::signedText(const QByteArray &eventId, const QByteArray &timestamp, const QByteArray &body)
{
    return eventId + '\n' + timestamp + '\n' + body;
}

} // namespace exchange::api
