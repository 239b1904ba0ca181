#include "core/crypto/ed25519.h"

#include "core/crypto/sodiuminit.h"

#include <sodium.h>

#include <stdexcept>

namespace exchange::crypto::ed25519 {

namespace {

const unsigned char *bytesOf(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

void requireSeed(const QByteArray &seed)
{
    if (seed.size() != SeedSize)
        throw std::invalid_argument("Ed25519 seed must be 32 bytes");
}

} // namespace

QByteArray randomSeed()
{
    ensureSodium();
    QByteArray seed(SeedSize, Qt::Uninitialized);
    randombytes_buf(seed.data(), SeedSize);
    return seed;
}

QByteArray publicKeyFromSeed(const QByteArray &seed)
{
    requireSeed(seed);
    ensureSodium();
    unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
    QByteArray publicKey(PublicKeySize, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secretKey,
                             bytesOf(seed));
    sodium_memzero(secretKey, sizeof secretKey);
    return publicKey;
}

QByteArray sign(const QByteArray &seed, const QByteArray &message)
{
    requireSeed(seed);
    ensureSodium();
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(publicKey, secretKey, bytesOf(seed));
    QByteArray signature(SignatureSize, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         bytesOf(message), static_cast<unsigned long long>(message.size()), secretKey);
    sodium_memzero(secretKey, sizeof secretKey);
    return signature;
}

bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != PublicKeySize || signature.size() != SignatureSize)
        return false;
    ensureSodium();
    return crypto_sign_verify_detached(bytesOf(signature), bytesOf(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytesOf(publicKey))
        == 0;
}

} // namespace exchange::crypto::ed25519
