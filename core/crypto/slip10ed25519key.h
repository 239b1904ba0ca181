#pragma once
// A SLIP-0010 extended Ed25519 key: hardened-only derivation from a BIP-39
// seed, as SEP-0005 uses for Stellar (m/44'/148'/i') and the exchange uses
// for Algorand deposit keys (m/44'/283'/i'). The secret is wiped on
// destruction.

#include "core/base/result.h"

#include <QByteArray>

#include <cstdint>
#include <string_view>

namespace exchange::crypto {

class Slip10Ed25519Key final
{
public:
    static Slip10Ed25519Key fromSeed(const QByteArray &seed);

    Slip10Ed25519Key(const Slip10Ed25519Key &other) = default;
    Slip10Ed25519Key &operator=(const Slip10Ed25519Key &other) = default;
    ~Slip10Ed25519Key();

    // Ed25519 has no public derivation: the index is always hardened.
    Slip10Ed25519Key hardenedChild(std::uint32_t index) const;
    // Refuses a path with a non-hardened segment.
    Result<Slip10Ed25519Key> derive(std::string_view path) const;

    // The 32-byte Ed25519 seed (RFC 8032 private key).
    const QByteArray &secretKey() const { return m_secretKey; }
    const QByteArray &chainCode() const { return m_chainCode; }
    QByteArray publicKey() const;

private:
    Slip10Ed25519Key() = default;

    QByteArray m_secretKey;
    QByteArray m_chainCode;
};

} // namespace exchange::crypto
