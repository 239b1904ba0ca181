#include "core/crypto/hashes.h"

#include <QCryptographicHash>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

#include <memory>
#include <stdexcept>

namespace exchange::crypto {

namespace {

const unsigned char *bytesOf(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

// A failure here means a broken OpenSSL installation, not bad input.
QByteArray evpDigest(const char *name, const QByteArray &data)
{
    std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md(EVP_MD_fetch(nullptr, name, nullptr),
                                                       &EVP_MD_free);
    if (!md)
        throw std::runtime_error(std::string("OpenSSL lacks digest ") + name);
    QByteArray out(EVP_MD_get_size(md.get()), Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()),
                   reinterpret_cast<unsigned char *>(out.data()), &length, md.get(), nullptr) != 1)
        throw std::runtime_error(std::string("OpenSSL digest failed: ") + name);
    return out;
}

} // namespace

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray sha512(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha512);
}

QByteArray sha512_256(const QByteArray &data)
{
    return evpDigest("SHA512-256", data);
}

QByteArray keccak256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Keccak_256);
}

QByteArray hash160(const QByteArray &data)
{
    return evpDigest("RIPEMD160", sha256(data));
}

QByteArray hmacSha512(const QByteArray &key, const QByteArray &data)
{
    QByteArray out(64, Qt::Uninitialized);
    unsigned int length = 0;
    if (!HMAC(EVP_sha512(), key.constData(), static_cast<int>(key.size()), bytesOf(data),
              static_cast<size_t>(data.size()), reinterpret_cast<unsigned char *>(out.data()), &length)
        || length != 64)
        throw std::runtime_error("OpenSSL HMAC-SHA512 failed");
    return out;
}

QByteArray pbkdf2HmacSha512(const QByteArray &password, const QByteArray &salt, int iterations,
                            int length)
{
    QByteArray out(length, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), static_cast<int>(password.size()), bytesOf(salt),
                          static_cast<int>(salt.size()), iterations, EVP_sha512(), length,
                          reinterpret_cast<unsigned char *>(out.data()))
        != 1)
        throw std::runtime_error("OpenSSL PBKDF2 failed");
    return out;
}

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

} // namespace exchange::crypto
