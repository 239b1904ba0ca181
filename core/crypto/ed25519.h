#pragma once
// Ed25519 (RFC 8032) over libsodium. Keys are the 32-byte seed and the
// 32-byte public key; verification refuses malformed and non-canonical
// signatures and small-order public keys (libsodium's rules).

#include "core/base/result.h"

#include <QByteArray>

namespace exchange::crypto::ed25519 {

constexpr int SeedSize = 32;
constexpr int PublicKeySize = 32;
constexpr int SignatureSize = 64;

QByteArray randomSeed();
// Throws std::invalid_argument unless seed has SeedSize bytes (a bug).
QByteArray publicKeyFromSeed(const QByteArray &seed);
QByteArray sign(const QByteArray &seed, const QByteArray &message);
bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

} // namespace exchange::crypto::ed25519
