#include "core/chains/ethereum/address.h"

#include "core/crypto/hashes.h"
#include "core/crypto/hex.h"
#include "core/crypto/secp256k1.h"

#include <cctype>
#include <stdexcept>

namespace exchange::ethereum {

Result<QByteArray> addressFromPublicKey(const QByteArray &publicKey)
{
    auto full = crypto::secp256k1::uncompressed(publicKey);
    if (!full)
        return full.error();
    return crypto::keccak256(full.value().mid(1)).right(20);
}

Result<QByteArray> addressFromSecretKey(const QByteArray &secretKey)
{
    auto publicKey = crypto::secp256k1::publicKey(secretKey, false);
    if (!publicKey)
        return publicKey.error();
    return crypto::keccak256(publicKey.value().mid(1)).right(20);
}

std::string checksumAddress(const QByteArray &address)
{
    if (address.size() != 20)
        throw std::invalid_argument("an Ethereum address has 20 bytes");
    std::string lower = hex::encode(address);
    const QByteArray hash = crypto::keccak256(QByteArray::fromStdString(lower));
    for (size_t i = 0; i < lower.size(); ++i) {
        const int nibble = (static_cast<unsigned char>(hash[static_cast<qsizetype>(i / 2)]) >> (i % 2 == 0 ? 4 : 0)) & 0x0f;
        if (nibble >= 8)
            lower[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(lower[i])));
    }
    return "0x" + lower;
}

Result<QByteArray> parseAddress(std::string_view text)
{
    if (text.size() < 2 || text[0] != '0' || text[1] != 'x')
        return makeError(ErrorCode::InvalidInput, "an Ethereum address starts with 0x");
    const std::string_view digits = text.substr(2);
    if (digits.size() != 40)
        return makeError(ErrorCode::InvalidInput, "an Ethereum address has 40 hex digits after 0x, not "
                             + std::to_string(digits.size()));
    auto bytes = hex::decode(digits);
    if (!bytes)
        return makeError(ErrorCode::InvalidInput, "an Ethereum address is hex: " + bytes.error().message);
    bool hasLower = false;
    bool hasUpper = false;
    for (char c : digits) {
        hasLower = hasLower || (c >= 'a' && c <= 'f');
        hasUpper = hasUpper || (c >= 'A' && c <= 'F');
    }
    if (hasLower && hasUpper && checksumAddress(bytes.value()).substr(2) != digits)
        return makeError(ErrorCode::InvalidInput,
                         "the Ethereum address has mixed case but a wrong EIP-55 checksum (mistyped?)");
    return bytes;
}

} // namespace exchange::ethereum
