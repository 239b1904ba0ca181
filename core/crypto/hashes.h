#pragma once
// The hash functions and key-derivation primitives the chains need, over
// OpenSSL and QtCore. Keccak-256 is Ethereum's (original Keccak padding),
// not FIPS SHA3-256.

#include <QByteArray>

namespace exchange::crypto {

QByteArray sha256(const QByteArray &data);
QByteArray sha512(const QByteArray &data);
// FIPS 180-4 SHA-512/256 (Algorand's addresses, transaction ids, mnemonics).
QByteArray sha512_256(const QByteArray &data);
QByteArray keccak256(const QByteArray &data);
// RIPEMD-160(SHA-256(data)), the BIP-32 key fingerprint.
QByteArray hash160(const QByteArray &data);
QByteArray hmacSha512(const QByteArray &key, const QByteArray &data);
QByteArray pbkdf2HmacSha512(const QByteArray &password, const QByteArray &salt, int iterations,
                            int length);

// Overwrites the buffer's bytes before it is freed; for temporary copies of
// secrets.
void wipe(QByteArray &secret);

} // namespace exchange::crypto
