#include "core/chains/algorand/address.h"

#include "core/crypto/base32.h"
#include "core/crypto/hashes.h"

#include <stdexcept>

namespace exchange::algorand {

std::string encodeAddress(const QByteArray &publicKey)
{
    if (publicKey.size() != 32)
        throw std::invalid_argument("an Algorand address encodes a 32-byte key");
    return base32::encode(publicKey + crypto::sha512_256(publicKey).right(4));
}

Result<QByteArray> decodeAddress(std::string_view text)
{
    if (text.size() != 58)
        return makeError(ErrorCode::InvalidInput, "an Algorand address has 58 characters, not "
                             + std::to_string(text.size()));
    auto bytes = base32::decode(text);
    if (!bytes)
        return makeError(ErrorCode::InvalidInput, "this Algorand address is not valid: " + bytes.error().message);
    const QByteArray publicKey = bytes.value().left(32);
    if (bytes.value().size() != 36 || crypto::sha512_256(publicKey).right(4) != bytes.value().mid(32))
        return makeError(ErrorCode::InvalidInput, "this Algorand address has a wrong checksum (mistyped?)");
    return publicKey;
}

std::string encodeTxId(const QByteArray &hash32)
{
    if (hash32.size() != 32)
        throw std::invalid_argument("an Algorand transaction id encodes 32 bytes");
    return base32::encode(hash32);
}

Result<QByteArray> decodeTxId(std::string_view text)
{
    if (text.size() != 52)
        return makeError(ErrorCode::InvalidInput, "an Algorand transaction id has 52 characters, not "
                             + std::to_string(text.size()));
    auto bytes = base32::decode(text);
    if (!bytes)
        return makeError(ErrorCode::InvalidInput, "this Algorand transaction id is not valid: " + bytes.error().message);
    return bytes;
}

} // namespace exchange::algorand
