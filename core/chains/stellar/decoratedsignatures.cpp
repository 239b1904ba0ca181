#include "core/chains/stellar/decoratedsignatures.h"

#include "core/chains/stellar/xdrreader.h"
#include "core/chains/stellar/xdrwriter.h"
#include "core/crypto/ed25519.h"

namespace exchange::stellar {

DecoratedSignature signatureBy(const QByteArray &seed, const QByteArray &digest)
{
    return {crypto::ed25519::publicKeyFromSeed(seed).right(4), crypto::ed25519::sign(seed, digest)};
}

bool signedBy(const std::vector<DecoratedSignature> &signatures, const QByteArray &publicKey, const QByteArray &digest)
{
    for (const DecoratedSignature &signature : signatures) {
        if (signature.hint == publicKey.right(4) && crypto::ed25519::verify(publicKey, digest, signature.signature))
            return true;
    }
    return false;
}

Result<void> validateSignatures(const std::vector<DecoratedSignature> &signatures)
{
    if (signatures.size() > MaxSignatures)
        return makeError(ErrorCode::InvalidInput, "a Stellar transaction has at most 20 signatures");
    for (const DecoratedSignature &signature : signatures) {
        if (signature.hint.size() != 4 || signature.signature.size() > 64)
            return makeError(ErrorCode::InvalidInput, "a Stellar signature has a 4-byte hint and at most 64 bytes");
    }
    return {};
}

void writeSignatures(XdrWriter &out, const std::vector<DecoratedSignature> &signatures)
{
    out.uint32(static_cast<std::uint32_t>(signatures.size()));
    for (const DecoratedSignature &signature : signatures) {
        out.fixedOpaque(signature.hint);
        out.variableOpaque(signature.signature);
    }
}

std::vector<DecoratedSignature> readSignatures(XdrReader &in)
{
    std::vector<DecoratedSignature> signatures;
    const std::uint32_t count = in.uint32();
    if (in.ok() && count > MaxSignatures)
        in.fail("a Stellar envelope has at most 20 signatures");
    for (std::uint32_t i = 0; in.ok() && i < count; ++i) {
        DecoratedSignature signature;
        signature.hint = in.fixedOpaque(4);
        signature.signature = in.variableOpaque(64);
        signatures.push_back(std::move(signature));
    }
    return signatures;
}

} // namespace exchange::stellar
