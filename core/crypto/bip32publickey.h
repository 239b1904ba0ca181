#pragma once
// A BIP-32 extended PUBLIC key on secp256k1 ("xpub…"): what a watch-only
// wallet keeps to derive the addresses of a seed's non-hardened children
// without the seed (CKDpub). Parsing checks the base58check checksum, the
// mainnet public version, the length, a valid compressed point, and that a
// depth-0 key has no parent; serialisation is the inverse, byte for byte.

#include "core/base/result.h"

#include <QByteArray>

#include <cstdint>
#include <string>
#include <string_view>

namespace exchange::crypto {

class Bip32Key;

class Bip32PublicKey final
{
public:
    // The public half of a private extended key (BIP-32's N()).
    static Bip32PublicKey fromPrivate(const Bip32Key &key);
    // InvalidInput for anything but a well-formed mainnet "xpub…".
    static Result<Bip32PublicKey> parse(std::string_view xpub);

    // CKDpub: non-hardened indexes only (InvalidInput for a hardened one,
    // and for the astronomically rare invalid child: use the next index).
    Result<Bip32PublicKey> child(std::uint32_t index) const;

    const QByteArray &publicKey() const { return m_publicKey; } // 33 bytes, compressed
    const QByteArray &chainCode() const { return m_chainCode; }
    int depth() const { return m_depth; }
    std::uint32_t childNumber() const { return m_childNumber; }
    std::string serialise() const;

    bool operator==(const Bip32PublicKey &other) const = default;

private:
    Bip32PublicKey() = default;

    QByteArray m_publicKey;
    QByteArray m_chainCode;
    int m_depth = 0;
    std::uint32_t m_parentFingerprint = 0;
    std::uint32_t m_childNumber = 0;
};

} // namespace exchange::crypto
