#include "core/chains/stellar/messagesignature.h"

#include "core/chains/stellar/strkey.h"
#include "core/crypto/ed25519.h"
#include "core/crypto/hashes.h"

namespace exchange::stellar {

QByteArray signMessage(const QByteArray &seed, const QByteArray &message)
{
    return crypto::ed25519::sign(seed, message);
}

Result<void> verifyMessage(std::string_view accountId, const QByteArray &message,
                           const QByteArray &signature)
{
    auto publicKey = strkey::decodeAccountId(accountId);
    if (!publicKey)
        return publicKey.error();
    if (signature.size() != crypto::ed25519::SignatureSize)
        return makeError(ErrorCode::InvalidInput, "an Ed25519 signature has 64 bytes, not "
                             + std::to_string(signature.size()));
    if (!crypto::ed25519::verify(publicKey.value(), message, signature))
        return makeError(ErrorCode::InvalidInput, "the signature does not match this message and account");
    return {};
}

QByteArray sep53MessageHash(const QByteArray &message)
{
    return crypto::sha256(QByteArrayLiteral("Stellar Signed Message:\n") + message);
}

QByteArray signSep53Message(const QByteArray &seed, const QByteArray &message)
{
    return signMessage(seed, sep53MessageHash(message));
}

Result<void> verifySep53Message(std::string_view accountId, const QByteArray &message,
                                const QByteArray &signature)
{
    return verifyMessage(accountId, sep53MessageHash(message), signature);
}

} // namespace exchange::stellar
