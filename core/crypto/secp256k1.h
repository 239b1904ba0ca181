#pragma once
// secp256k1 ECDSA with public-key recovery, over libsecp256k1. Signing is
// deterministic (RFC 6979) and always produces low-s signatures; recovery
// refuses high-s signatures so that each message has one valid signature
// per key (no malleability).

#include "core/base/result.h"

#include <QByteArray>

namespace exchange::crypto::secp256k1 {

constexpr int SecretKeySize = 32;

struct RecoverableSignature {
    QByteArray r; // 32 bytes, big-endian
    QByteArray s; // 32 bytes, big-endian, low half of the order
    int recoveryId = 0; // 0 or 1
};

// Whether 0 < key < n.
bool isValidSecretKey(const QByteArray &secretKey);
QByteArray randomSecretKey();
// 65-byte uncompressed (0x04 || X || Y) or 33-byte compressed public key.
Result<QByteArray> publicKey(const QByteArray &secretKey, bool compressed);
// Converts a 33- or 65-byte public key to the 65-byte uncompressed form.
Result<QByteArray> uncompressed(const QByteArray &publicKey);
Result<RecoverableSignature> sign(const QByteArray &secretKey, const QByteArray &hash32);
// Returns the 65-byte uncompressed public key that produced the signature.
Result<QByteArray> recover(const QByteArray &hash32, const RecoverableSignature &signature);
// (key + tweak) mod n, for BIP-32; refuses tweak >= n and a zero result.
Result<QByteArray> addSecretKeys(const QByteArray &secretKey, const QByteArray &tweak32);
// The 33-byte compressed point publicKey + tweak32·G, for BIP-32's public
// derivation; refuses an invalid point, tweak >= n and the point at infinity.
Result<QByteArray> addTweakToPublicKey(const QByteArray &publicKey, const QByteArray &tweak32);

} // namespace exchange::crypto::secp256k1
