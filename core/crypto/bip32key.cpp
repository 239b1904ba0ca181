#include "core/crypto/bip32key.h"

#include "core/crypto/base58.h"
#include "core/crypto/derivationpath.h"
#include "core/crypto/hashes.h"
#include "core/crypto/secp256k1.h"

namespace exchange::crypto {

namespace {

void appendUint32(QByteArray &out, std::uint32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(static_cast<char>((value >> shift) & 0xff));
}

} // namespace

Result<Bip32Key> Bip32Key::fromSeed(const QByteArray &seed)
{
    if (seed.size() < 16 || seed.size() > 64)
        return makeError(ErrorCode::InvalidInput, "a BIP-32 seed has 16 to 64 bytes");
    QByteArray digest = hmacSha512(QByteArrayLiteral("Bitcoin seed"), seed);
    Bip32Key key;
    key.m_secretKey = digest.left(32);
    key.m_chainCode = digest.mid(32);
    wipe(digest);
    if (!secp256k1::isValidSecretKey(key.m_secretKey))
        return makeError(ErrorCode::InvalidInput, "this seed gives an invalid BIP-32 master key");
    return key;
}

Bip32Key::~Bip32Key()
{
    wipe(m_secretKey);
}

Result<Bip32Key> Bip32Key::child(std::uint32_t index) const
{
    if (m_depth >= 255)
        return makeError(ErrorCode::InvalidInput, "BIP-32 depth is limited to 255");
    QByteArray data;
    if (index & HardenedBit) {
        data.append('\0');
        data.append(m_secretKey);
    } else {
        data.append(publicKey());
    }
    appendUint32(data, index);
    QByteArray digest = hmacSha512(m_chainCode, data);
    wipe(data);
    QByteArray tweak = digest.left(32);
    auto childSecret = secp256k1::addSecretKeys(m_secretKey, tweak);
    wipe(tweak);
    if (!childSecret) {
        wipe(digest);
        return makeError(ErrorCode::InvalidInput,
                         "BIP-32 child " + std::to_string(index) + " is invalid; use the next index");
    }
    Bip32Key key;
    key.m_secretKey = std::move(childSecret).value();
    key.m_chainCode = digest.mid(32);
    wipe(digest);
    key.m_depth = m_depth + 1;
    const QByteArray id = hash160(publicKey());
    key.m_parentFingerprint = (static_cast<std::uint32_t>(static_cast<unsigned char>(id[0])) << 24)
        | (static_cast<std::uint32_t>(static_cast<unsigned char>(id[1])) << 16)
        | (static_cast<std::uint32_t>(static_cast<unsigned char>(id[2])) << 8)
        | static_cast<std::uint32_t>(static_cast<unsigned char>(id[3]));
    key.m_childNumber = index;
    return key;
}

Result<Bip32Key> Bip32Key::derive(std::string_view path) const
{
    auto indexes = parseDerivationPath(path);
    if (!indexes)
        return indexes.error();
    if (m_depth != 0 && !indexes.value().empty())
        return makeError(ErrorCode::InvalidInput, "an absolute path is derived from the master key only");
    Bip32Key key = *this;
    for (std::uint32_t index : indexes.value()) {
        auto next = key.child(index);
        if (!next)
            return next.error();
        key = std::move(next).value();
    }
    return key;
}

QByteArray Bip32Key::publicKey() const
{
    // The secret was validated on construction, so this cannot fail.
    return secp256k1::publicKey(m_secretKey, true).value();
}

QByteArray Bip32Key::serialise(std::uint32_t version, const QByteArray &keyData) const
{
    QByteArray out;
    appendUint32(out, version);
    out.append(static_cast<char>(m_depth));
    appendUint32(out, m_parentFingerprint);
    appendUint32(out, m_childNumber);
    out.append(m_chainCode);
    out.append(keyData);
    return out;
}

std::string Bip32Key::extendedPrivateKey() const
{
    QByteArray keyData = QByteArray(1, '\0') + m_secretKey;
    QByteArray payload = serialise(0x0488ADE4u, keyData);
    std::string text = base58::encodeCheck(payload);
    wipe(keyData);
    wipe(payload);
    return text;
}

std::string Bip32Key::extendedPublicKey() const
{
    return base58::encodeCheck(serialise(0x0488B21Eu, publicKey()));
}

} // namespace exchange::crypto
