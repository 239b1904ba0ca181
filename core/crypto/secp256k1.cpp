#include "core/crypto/secp256k1.h"

#include "core/crypto/sodiuminit.h"

#include <secp256k1.h>
#include <secp256k1_recovery.h>
#include <sodium.h>

#include <cstring>
#include <stdexcept>

namespace exchange::crypto::secp256k1 {

namespace {

// One context for the process: after creation (and randomisation) it is only
// read, which libsecp256k1 documents as safe from many threads.
const secp256k1_context *context()
{
    static secp256k1_context *const ctx = [] {
        secp256k1_context *created = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        ensureSodium();
        unsigned char seed[32];
        randombytes_buf(seed, sizeof seed);
        if (!secp256k1_context_randomize(created, seed))
            throw std::runtime_error("secp256k1 context randomisation failed");
        sodium_memzero(seed, sizeof seed);
        return created;
    }();
    return ctx;
}

const unsigned char *bytesOf(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

QByteArray serialise(const secp256k1_pubkey &key, bool compressed)
{
    unsigned char out[65];
    size_t length = sizeof out;
    secp256k1_ec_pubkey_serialize(context(), out, &length, &key,
                                  compressed ? SECP256K1_EC_COMPRESSED : SECP256K1_EC_UNCOMPRESSED);
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(length));
}

} // namespace

bool isValidSecretKey(const QByteArray &secretKey)
{
    return secretKey.size() == SecretKeySize && secp256k1_ec_seckey_verify(context(), bytesOf(secretKey));
}

QByteArray randomSecretKey()
{
    ensureSodium();
    QByteArray key(SecretKeySize, Qt::Uninitialized);
    do {
        randombytes_buf(key.data(), SecretKeySize);
    } while (!isValidSecretKey(key));
    return key;
}

Result<QByteArray> publicKey(const QByteArray &secretKey, bool compressed)
{
    secp256k1_pubkey key;
    if (!isValidSecretKey(secretKey) || !secp256k1_ec_pubkey_create(context(), &key, bytesOf(secretKey)))
        return makeError(ErrorCode::InvalidInput, "not a valid secp256k1 private key");
    return serialise(key, compressed);
}

Result<QByteArray> uncompressed(const QByteArray &publicKeyBytes)
{
    secp256k1_pubkey key;
    if (!secp256k1_ec_pubkey_parse(context(), &key, bytesOf(publicKeyBytes),
                                   static_cast<size_t>(publicKeyBytes.size())))
        return makeError(ErrorCode::InvalidInput, "not a valid secp256k1 public key");
    return serialise(key, false);
}

Result<RecoverableSignature> sign(const QByteArray &secretKey, const QByteArray &hash32)
{
    if (hash32.size() != 32)
        throw std::invalid_argument("secp256k1 signs 32-byte hashes only");
    if (!isValidSecretKey(secretKey))
        return makeError(ErrorCode::InvalidInput, "not a valid secp256k1 private key");
    secp256k1_ecdsa_recoverable_signature signature;
    if (!secp256k1_ecdsa_sign_recoverable(context(), &signature, bytesOf(hash32), bytesOf(secretKey),
                                          nullptr, nullptr))
        return makeError(ErrorCode::Internal, "secp256k1 signing failed");
    unsigned char compact[64];
    int recoveryId = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(context(), compact, &recoveryId, &signature);
    RecoverableSignature result;
    result.r = QByteArray(reinterpret_cast<const char *>(compact), 32);
    result.s = QByteArray(reinterpret_cast<const char *>(compact) + 32, 32);
    result.recoveryId = recoveryId;
    return result;
}

Result<QByteArray> recover(const QByteArray &hash32, const RecoverableSignature &signature)
{
    if (hash32.size() != 32)
        throw std::invalid_argument("secp256k1 recovers from 32-byte hashes only");
    if (signature.r.size() != 32 || signature.s.size() != 32)
        return makeError(ErrorCode::InvalidInput, "signature r and s must be 32 bytes each");
    if (signature.recoveryId < 0 || signature.recoveryId > 1)
        return makeError(ErrorCode::InvalidInput, "signature recovery id must be 0 or 1");
    unsigned char compact[64];
    std::memcpy(compact, signature.r.constData(), 32);
    std::memcpy(compact + 32, signature.s.constData(), 32);
    secp256k1_ecdsa_recoverable_signature recoverable;
    if (!secp256k1_ecdsa_recoverable_signature_parse_compact(context(), &recoverable, compact,
                                                             signature.recoveryId))
        return makeError(ErrorCode::InvalidInput, "signature r or s is out of range");
    secp256k1_ecdsa_signature plain;
    secp256k1_ecdsa_recoverable_signature_convert(context(), &plain, &recoverable);
    secp256k1_ecdsa_signature normalised;
    if (secp256k1_ecdsa_signature_normalize(context(), &normalised, &plain))
        return makeError(ErrorCode::InvalidInput, "signature has a high s value (malleable)");
    // parse_compact accepts r = 0 or s = 0; such a signature verifies nothing.
    static const QByteArray zero(32, '\0');
    if (signature.r == zero || signature.s == zero)
        return makeError(ErrorCode::InvalidInput, "signature r or s is zero");
    secp256k1_pubkey key;
    if (!secp256k1_ecdsa_recover(context(), &key, &recoverable, bytesOf(hash32)))
        return makeError(ErrorCode::InvalidInput, "no public key recovers from this signature");
    return serialise(key, false);
}

Result<QByteArray> addSecretKeys(const QByteArray &secretKey, const QByteArray &tweak32)
{
    if (!isValidSecretKey(secretKey) || tweak32.size() != 32)
        return makeError(ErrorCode::InvalidInput, "not a valid secp256k1 private key");
    QByteArray sum = secretKey;
    if (!secp256k1_ec_seckey_tweak_add(context(), reinterpret_cast<unsigned char *>(sum.data()),
                                       bytesOf(tweak32)))
        return makeError(ErrorCode::InvalidInput, "derived secp256k1 key is invalid");
    return sum;
}

Result<QByteArray> addTweakToPublicKey(const QByteArray &publicKeyBytes, const QByteArray &tweak32)
{
    secp256k1_pubkey key;
    if (tweak32.size() != 32
        || !secp256k1_ec_pubkey_parse(context(), &key, bytesOf(publicKeyBytes), static_cast<size_t>(publicKeyBytes.size())))
        return makeError(ErrorCode::InvalidInput, "not a valid secp256k1 public key");
    if (!secp256k1_ec_pubkey_tweak_add(context(), &key, bytesOf(tweak32)))
        return makeError(ErrorCode::InvalidInput, "derived secp256k1 public key is invalid");
    return serialise(key, true);
}

} // namespace exchange::crypto::secp256k1
