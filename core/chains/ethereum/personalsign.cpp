#include "core/chains/ethereum/personalsign.h"

#include "core/chains/ethereum/address.h"
#include "core/crypto/hashes.h"
#include "core/crypto/secp256k1.h"

namespace exchange::ethereum {

QByteArray personalMessageHash(const QByteArray &message)
{
    const QByteArray prefix = QByteArrayLiteral("\x19" "Ethereum Signed Message:\n")
        + QByteArray::number(message.size());
    return crypto::keccak256(prefix + message);
}

Result<QByteArray> signPersonalMessage(const QByteArray &secretKey, const QByteArray &message)
{
    auto signature = crypto::secp256k1::sign(secretKey, personalMessageHash(message));
    if (!signature)
        return signature.error();
    return signature.value().r + signature.value().s
        + QByteArray(1, static_cast<char>(27 + signature.value().recoveryId));
}

Result<QByteArray> recoverPersonalSigner(const QByteArray &message, const QByteArray &signature)
{
    if (signature.size() != 65)
        return makeError(ErrorCode::InvalidInput, "an Ethereum signature has 65 bytes, not "
                             + std::to_string(signature.size()));
    const int v = static_cast<unsigned char>(signature[64]);
    if (v != 0 && v != 1 && v != 27 && v != 28)
        return makeError(ErrorCode::InvalidInput, "the signature's v must be 27, 28, 0 or 1, not "
                             + std::to_string(v));
    crypto::secp256k1::RecoverableSignature parts;
    parts.r = signature.left(32);
    parts.s = signature.mid(32, 32);
    parts.recoveryId = v >= 27 ? v - 27 : v;
    auto publicKey = crypto::secp256k1::recover(personalMessageHash(message), parts);
    if (!publicKey)
        return publicKey.error();
    return addressFromPublicKey(publicKey.value());
}

Result<void> verifyPersonalMessage(std::string_view address, const QByteArray &message,
                                   const QByteArray &signature)
{
    auto expected = parseAddress(address);
    if (!expected)
        return expected.error();
    auto signer = recoverPersonalSigner(message, signature);
    if (!signer)
        return signer.error();
    if (signer.value() != expected.value())
        return makeError(ErrorCode::InvalidInput, "the signature was made by " + checksumAddress(signer.value())
                             + ", not by " + checksumAddress(expected.value()));
    return {};
}

} // namespace exchange::ethereum
