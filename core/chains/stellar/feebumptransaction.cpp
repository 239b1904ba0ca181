#include "core/chains/stellar/feebumptransaction.h"

#include "core/chains/stellar/xdrreader.h"
#include "core/chains/stellar/xdrwriter.h"
#include "core/crypto/base64.h"
#include "core/crypto/ed25519.h"
#include "core/crypto/hashes.h"
#include "core/crypto/hex.h"

namespace exchange::stellar {

namespace {

constexpr std::uint32_t KeyTypeEd25519 = 0;
constexpr std::uint32_t KeyTypeMuxedEd25519 = 0x100;
constexpr std::int32_t EnvelopeTypeTxFeeBump = 5;
constexpr std::uint32_t MaxSignatures = 20;

void writeFeeBump(XdrWriter &out, const FeeBumpTransaction &tx)
{
    if (tx.feeSource.muxedId) {
        out.uint32(KeyTypeMuxedEd25519);
        out.uint64(*tx.feeSource.muxedId);
    } else {
        out.uint32(KeyTypeEd25519);
    }
    out.fixedOpaque(tx.feeSource.publicKey);
    out.int64(tx.fee);
    // innerTx: the union's ENVELOPE_TYPE_TX arm is the v1 envelope, whose
    // XDR with its discriminant is exactly the inner's own envelope.
    const QByteArray inner = tx.inner.envelopeXdr();
    out.fixedOpaque(inner);
    out.int32(0); // ext v0
}

} // namespace

Result<void> FeeBumpTransaction::validate() const
{
    if (feeSource.publicKey.size() != 32)
        return makeError(ErrorCode::InvalidInput, "a Stellar account key must be 32 bytes");
    if (auto valid = inner.validate(); !valid)
        return valid;
    // stellar-core: txFEE_BUMP_INNER_FAILED aside, a fee bump's rate is at
    // least its inner's (fee / 2 >= inner fee / 1).
    if (fee < 0 || fee < kFeeOperations * static_cast<std::int64_t>(inner.fee))
        return makeError(ErrorCode::InvalidInput, "a Stellar fee bump's fee (" + std::to_string(fee)
                                                      + " stroops) is below twice its inner transaction's ("
                                                      + std::to_string(inner.fee) + ")");
    if (signatures.size() > MaxSignatures)
        return makeError(ErrorCode::InvalidInput, "a Stellar fee bump has at most 20 signatures");
    for (const DecoratedSignature &signature : signatures) {
        if (signature.hint.size() != 4 || signature.signature.size() > 64)
            return makeError(ErrorCode::InvalidInput, "a Stellar signature has a 4-byte hint and at most 64 bytes");
    }
    return {};
}

QByteArray FeeBumpTransaction::transactionXdr() const
{
    XdrWriter out;
    writeFeeBump(out, *this);
    return out.data();
}

QByteArray FeeBumpTransaction::hash(std::string_view networkPassphrase) const
{
    XdrWriter payload;
    payload.fixedOpaque(crypto::sha256(QByteArray(networkPassphrase.data(), static_cast<qsizetype>(networkPassphrase.size()))));
    payload.int32(EnvelopeTypeTxFeeBump);
    writeFeeBump(payload, *this);
    return crypto::sha256(payload.data());
}

std::string FeeBumpTransaction::hashHex(std::string_view networkPassphrase) const
{
    return hex::encode(hash(networkPassphrase));
}

void FeeBumpTransaction::sign(const QByteArray &seed, std::string_view networkPassphrase)
{
    const QByteArray publicKey = crypto::ed25519::publicKeyFromSeed(seed);
    signatures.push_back({publicKey.right(4), crypto::ed25519::sign(seed, hash(networkPassphrase))});
}

bool FeeBumpTransaction::isSignedBy(const QByteArray &publicKey, std::string_view networkPassphrase) const
{
    const QByteArray digest = hash(networkPassphrase);
    for (const DecoratedSignature &signature : signatures) {
        if (signature.hint == publicKey.right(4) && crypto::ed25519::verify(publicKey, digest, signature.signature))
            return true;
    }
    return false;
}

QByteArray FeeBumpTransaction::envelopeXdr() const
{
    XdrWriter out;
    out.int32(EnvelopeTypeTxFeeBump);
    writeFeeBump(out, *this);
    out.uint32(static_cast<std::uint32_t>(signatures.size()));
    for (const DecoratedSignature &signature : signatures) {
        out.fixedOpaque(signature.hint);
        out.variableOpaque(signature.signature);
    }
    return out.data();
}

std::string FeeBumpTransaction::envelopeBase64() const
{
    return base64::encode(envelopeXdr());
}

Result<FeeBumpTransaction> FeeBumpTransaction::fromEnvelopeXdr(const QByteArray &xdr)
{
    XdrReader in(xdr);
    FeeBumpTransaction tx;
    if (in.int32() != EnvelopeTypeTxFeeBump && in.ok())
        in.fail("not a Stellar fee-bump envelope");
    const std::uint32_t type = in.uint32();
    if (type == KeyTypeMuxedEd25519)
        tx.feeSource.muxedId = in.uint64();
    else if (type != KeyTypeEd25519 && in.ok())
        in.fail("the fee source is neither an Ed25519 key nor a muxed account");
    tx.feeSource.publicKey = in.fixedOpaque(32);
    tx.fee = in.int64();
    if (in.ok())
        tx.inner = PaymentTransaction::readEnvelope(in);
    if (in.int32() != 0 && in.ok())
        in.fail("fee-bump extensions are not supported");
    const std::uint32_t signatureCount = in.uint32();
    if (in.ok() && signatureCount > MaxSignatures)
        in.fail("a Stellar envelope has at most 20 signatures");
    for (std::uint32_t i = 0; in.ok() && i < signatureCount; ++i) {
        DecoratedSignature signature;
        signature.hint = in.fixedOpaque(4);
        signature.signature = in.variableOpaque(64);
        tx.signatures.push_back(std::move(signature));
    }
    if (in.ok() && !in.atEnd())
        in.fail("trailing bytes after the Stellar fee-bump envelope");
    if (!in.ok())
        return makeError(ErrorCode::InvalidInput, "Stellar fee-bump envelope: " + in.errorMessage());
    if (auto valid = tx.validate(); !valid)
        return valid.error();
    return tx;
}

Result<FeeBumpTransaction> FeeBumpTransaction::fromEnvelopeBase64(std::string_view text)
{
    auto bytes = base64::decode(text);
    if (!bytes)
        return makeError(ErrorCode::InvalidInput, "Stellar fee-bump envelope: " + bytes.error().message);
    return fromEnvelopeXdr(bytes.value());
}

bool FeeBumpTransaction::isFeeBumpEnvelope(std::string_view base64Text)
{
    auto bytes = base64::decode(base64Text.substr(0, 8));
    return bytes && bytes.value().size() >= 4 && bytes.value().left(4) == QByteArray("\0\0\0\5", 4);
}

} // namespace exchange::stellar
