#include "core/chains/algorand/messagesignature.h"

#include "core/chains/algorand/address.h"
#include "core/crypto/ed25519.h"

namespace exchange::algorand {

QByteArray signBytes(const QByteArray &seed, const QByteArray &message)
{
    return crypto::ed25519::sign(seed, QByteArrayLiteral("MX") + message);
}

Result<void> verifyBytes(std::string_view address, const QByteArray &message, const QByteArray &signature)
{
    auto publicKey = decodeAddress(address);
    if (!publicKey)
        return publicKey.error();
    if (signature.size() != crypto::ed25519::SignatureSize)
        return makeError(ErrorCode::InvalidInput, "an Ed25519 signature has 64 bytes, not "
                             + std::to_string(signature.size()));
    if (!crypto::ed25519::verify(publicKey.value(), QByteArrayLiteral("MX") + message, signature))
        return makeError(ErrorCode::InvalidInput, "the signature does not match this message and address");
    return {};
}

} // namespace exchange::algorand
