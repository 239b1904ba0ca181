#include "core/crypto/slip10ed25519key.h"

#include "core/crypto/derivationpath.h"
#include "core/crypto/ed25519.h"
#include "core/crypto/hashes.h"

namespace exchange::crypto {

Slip10Ed25519Key Slip10Ed25519Key::fromSeed(const QByteArray &seed)
{
    QByteArray digest = hmacSha512(QByteArrayLiteral("ed25519 seed"), seed);
    Slip10Ed25519Key key;
    key.m_secretKey = digest.left(32);
    key.m_chainCode = digest.mid(32);
    wipe(digest);
    return key;
}

Slip10Ed25519Key::~Slip10Ed25519Key()
{
    wipe(m_secretKey);
}

Slip10Ed25519Key Slip10Ed25519Key::hardenedChild(std::uint32_t index) const
{
    index |= HardenedBit;
    QByteArray data(1, '\0');
    data.append(m_secretKey);
    for (int shift = 24; shift >= 0; shift -= 8)
        data.append(static_cast<char>((index >> shift) & 0xff));
    QByteArray digest = hmacSha512(m_chainCode, data);
    wipe(data);
    Slip10Ed25519Key key;
    key.m_secretKey = digest.left(32);
    key.m_chainCode = digest.mid(32);
    wipe(digest);
    return key;
}

Result<Slip10Ed25519Key> Slip10Ed25519Key::derive(std::string_view path) const
{
    auto indexes = parseDerivationPath(path);
    if (!indexes)
        return indexes.error();
    Slip10Ed25519Key key = *this;
    for (std::uint32_t index : indexes.value()) {
        if (!(index & HardenedBit))
            return makeError(ErrorCode::InvalidInput, "Ed25519 derivation paths must be fully hardened");
        key = key.hardenedChild(index);
    }
    return key;
}

QByteArray Slip10Ed25519Key::publicKey() const
{
    return ed25519::publicKeyFromSeed(m_secretKey);
}

} // namespace exchange::crypto
