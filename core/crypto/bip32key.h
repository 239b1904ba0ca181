#pragma once
// A BIP-32 extended private key on secp256k1 (Ethereum's HD wallets).
// Derivation follows BIP-32 exactly, including refusing the (astronomically
// rare) invalid child; the secret is wiped when the object dies.

#include "core/base/result.h"

#include <QByteArray>

#include <cstdint>
#include <string>
#include <string_view>

namespace exchange::crypto {

class Bip32Key final
{
public:
    // The master key of a BIP-39 seed (16 to 64 bytes).
    static Result<Bip32Key> fromSeed(const QByteArray &seed);

    Bip32Key(const Bip32Key &other) = default;
    Bip32Key &operator=(const Bip32Key &other) = default;
    ~Bip32Key();

    Result<Bip32Key> child(std::uint32_t index) const;
    Result<Bip32Key> derive(std::string_view path) const;

    const QByteArray &secretKey() const { return m_secretKey; }
    const QByteArray &chainCode() const { return m_chainCode; }
    // 33-byte compressed public key.
    QByteArray publicKey() const;
    int depth() const { return m_depth; }

    // Base58check "xprv…" / "xpub…" (mainnet version bytes), as in the
    // BIP-32 test vectors.
    std::string extendedPrivateKey() const;
    std::string extendedPublicKey() const;

private:
    Bip32Key() = default;
    QByteArray serialise(std::uint32_t version, const QByteArray &keyData) const;

    QByteArray m_secretKey;
    QByteArray m_chainCode;
    int m_depth = 0;
    std::uint32_t m_parentFingerprint = 0;
    std::uint32_t m_childNumber = 0;
};

} // namespace exchange::crypto
