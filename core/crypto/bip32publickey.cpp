#include "core/crypto/bip32publickey.h"

#include "core/crypto/base58.h"
#include "core/crypto/bip32key.h"
#include "core/crypto/derivationpath.h"
#include "core/crypto/hashes.h"
#include "core/crypto/secp256k1.h"

namespace exchange::crypto {

namespace {

constexpr std::uint32_t kPublicVersion = 0x0488B21Eu;
constexpr int kSerialisedSize = 78;

void appendUint32(QByteArray &out, std::uint32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(static_cast<char>((value >> shift) & 0xff));
}

std::uint32_t readUint32(const QByteArray &in, int at)
{
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<unsigned char>(in[at + i]);
    return value;
}

std::uint32_t fingerprint(const QByteArray &publicKey)
{
    return readUint32(hash160(publicKey), 0);
}

} // namespace

Bip32PublicKey Bip32PublicKey::fromPrivate(const Bip32Key &key)
{
    // The private key's own serialised public form carries its parent's
    // fingerprint and child number: read them back rather than keep a copy.
    return parse(key.extendedPublicKey()).value();
}

Result<Bip32PublicKey> Bip32PublicKey::parse(std::string_view xpub)
{
    auto decoded = base58::decodeCheck(xpub);
    if (!decoded)
        return makeError(ErrorCode::InvalidInput, "not an extended public key: " + decoded.error().message);
    const QByteArray &bytes = decoded.value();
    if (bytes.size() != kSerialisedSize)
        return makeError(ErrorCode::InvalidInput, "an extended public key has 78 bytes, this one " + std::to_string(bytes.size()));
    if (readUint32(bytes, 0) != kPublicVersion)
        return makeError(ErrorCode::InvalidInput, "not a mainnet extended public key (xpub…)");
    Bip32PublicKey key;
    key.m_depth = static_cast<unsigned char>(bytes[4]);
    key.m_parentFingerprint = readUint32(bytes, 5);
    key.m_childNumber = readUint32(bytes, 9);
    key.m_chainCode = bytes.mid(13, 32);
    key.m_publicKey = bytes.mid(45, 33);
    if (key.m_depth == 0 && (key.m_parentFingerprint != 0 || key.m_childNumber != 0))
        return makeError(ErrorCode::InvalidInput, "a master extended public key names no parent");
    const char prefix = key.m_publicKey[0];
    if ((prefix != 0x02 && prefix != 0x03) || !secp256k1::uncompressed(key.m_publicKey))
        return makeError(ErrorCode::InvalidInput, "the extended public key's point is not on secp256k1");
    return key;
}

Result<Bip32PublicKey> Bip32PublicKey::child(std::uint32_t index) const
{
    if (index & HardenedBit)
        return makeError(ErrorCode::InvalidInput, "a hardened child cannot be derived from a public key");
    if (m_depth >= 255)
        return makeError(ErrorCode::InvalidInput, "BIP-32 depth is limited to 255");
    QByteArray data = m_publicKey;
    appendUint32(data, index);
    const QByteArray digest = hmacSha512(m_chainCode, data);
    auto point = secp256k1::addTweakToPublicKey(m_publicKey, digest.left(32));
    if (!point)
        return makeError(ErrorCode::InvalidInput,
                         "BIP-32 child " + std::to_string(index) + " is invalid; use the next index");
    Bip32PublicKey key;
    key.m_publicKey = std::move(point).value();
    key.m_chainCode = digest.mid(32);
    key.m_depth = m_depth + 1;
    key.m_parentFingerprint = fingerprint(m_publicKey);
    key.m_childNumber = index;
    return key;
}

std::string Bip32PublicKey::serialise() const
{
    QByteArray out;
    appendUint32(out, kPublicVersion);
    out.append(static_cast<char>(m_depth));
    appendUint32(out, m_parentFingerprint);
    appendUint32(out, m_childNumber);
    out.append(m_chainCode);
    out.append(m_publicKey);
    return base58::encodeCheck(out);
}

} // namespace exchange::crypto
