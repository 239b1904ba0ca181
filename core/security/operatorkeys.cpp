#include "core/security/operatorkeys.h"

#include "core/crypto/sodiuminit.h"
#include "core/security/decisionsigner.h"
#include "core/security/securebuffer.h"
#include "core/store/sql.h"

#include <sodium.h>

namespace exchange::security {

Result<std::optional<QByteArray>> OperatorKeys::publicKey(std::int64_t operatorId) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT public_key FROM operator_keys WHERE operator_id = ?"),
                      {QVariant::fromValue<qint64>(operatorId)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<QByteArray>{};
    const QByteArray key = QByteArray::fromHex(q.value().value(0).toString().toLatin1());
    if (key.size() != crypto_sign_PUBLICKEYBYTES)
        return Error{ErrorCode::Corrupted, "operator " + std::to_string(operatorId) + "'s public key is damaged"};
    return std::optional<QByteArray>{key};
}

Result<std::shared_ptr<DecisionSigner>> OperatorKeys::create(std::int64_t operatorId, const SecureBuffer &sealingKey,
                                                             std::int64_t nowMs)
{
    crypto::ensureSodium();
    SecureBuffer seed(crypto_sign_SEEDBYTES);
    {
        SecureBuffer::WriteView s(seed);
        randombytes_buf(s.data(), s.size());
    }
    auto signer = std::make_shared<DecisionSigner>(operatorId, seed);
    unsigned char nonce[crypto_secretbox_NONCEBYTES];
    randombytes_buf(nonce, sizeof nonce);
    QByteArray box(static_cast<qsizetype>(seed.size() + crypto_secretbox_MACBYTES), Qt::Uninitialized);
    {
        SecureBuffer::ReadView s(seed);
        SecureBuffer::ReadView k(sealingKey);
        crypto_secretbox_easy(reinterpret_cast<unsigned char *>(box.data()), s.data(), s.size(), nonce, k.data());
    }
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO operator_keys (operator_id, public_key, seed_nonce, seed_box, created_at)"
                                     " VALUES (?, ?, ?, ?, ?)"),
                      {QVariant::fromValue<qint64>(operatorId), QString::fromLatin1(signer->publicKey().toHex()),
                       QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(nonce), sizeof nonce).toHex()),
                       QString::fromLatin1(box.toHex()), QVariant::fromValue<qint64>(nowMs)});
    if (!q)
        return q.error();
    return signer;
}

Result<std::shared_ptr<DecisionSigner>> OperatorKeys::open(std::int64_t operatorId, const SecureBuffer &sealingKey) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT public_key, seed_nonce, seed_box FROM operator_keys WHERE operator_id = ?"),
                      {QVariant::fromValue<qint64>(operatorId)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::shared_ptr<DecisionSigner>{};
    const QByteArray publicKey = QByteArray::fromHex(q.value().value(0).toString().toLatin1());
    const QByteArray nonce = QByteArray::fromHex(q.value().value(1).toString().toLatin1());
    const QByteArray box = QByteArray::fromHex(q.value().value(2).toString().toLatin1());
    const Error damaged{ErrorCode::Corrupted,
                        "operator " + std::to_string(operatorId) + "'s signing key cannot be opened"};
    if (nonce.size() != crypto_secretbox_NONCEBYTES
        || box.size() != static_cast<qsizetype>(crypto_sign_SEEDBYTES + crypto_secretbox_MACBYTES))
        return damaged;
    SecureBuffer seed(crypto_sign_SEEDBYTES);
    {
        SecureBuffer::WriteView s(seed);
        SecureBuffer::ReadView k(sealingKey);
        if (crypto_secretbox_open_easy(s.data(), reinterpret_cast<const unsigned char *>(box.constData()),
                                       static_cast<unsigned long long>(box.size()),
                                       reinterpret_cast<const unsigned char *>(nonce.constData()), k.data())
            != 0)
            return damaged;
    }
    auto signer = std::make_shared<DecisionSigner>(operatorId, seed);
    // The row's public key must be the seed's: else statements would name
    // a key that did not sign them.
    if (signer->publicKey() != publicKey)
        return damaged;
    return signer;
}

Result<void> OperatorKeys::forget(std::int64_t operatorId)
{
    auto q = sql::run(m_db, QStringLiteral("DELETE FROM operator_keys WHERE operator_id = ?"),
                      {QVariant::fromValue<qint64>(operatorId)});
    if (!q)
        return q.error();
    return {};
}

} // namespace exchange::security
