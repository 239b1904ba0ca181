#include "core/chains/stellar/feebumptransaction.h"

#include "core/chains/stellar/xdrreader.h"
#include "core/chains/stellar/xdrwriter.h"
#include "core/crypto/base64.h"
#include "core/crypto/hashes.h"
#include "core/crypto/hex.h"

namespace exchange::stellar {

namespace {

constexpr std::uint32_t KeyTypeEd25519 = 0;
constexpr std::uint32_t KeyTypeMuxedEd25519 = 0x100;
constexpr std::int32_t EnvelopeTypeTxFeeBump = 5;

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
    return validateSignatures(signatures);
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
    signatures.push_back(signatureBy(seed, hash(networkPassphrase)));
}

bool FeeBumpTransaction::isSignedBy(const QByteArray &publicKey, std::string_view networkPassphrase) const
{
    return signedBy(signatures, publicKey, hash(networkPassphrase));
}

QByteArray FeeBumpTransaction::envelopeXdr() const
{
    XdrWriter out;
    out.int32(EnvelopeTypeTxFeeBump);
    writeFeeBump(out, *this);
    writeSignatures(out, signatures);
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
    tx.signatures = readSignatures(in);
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
