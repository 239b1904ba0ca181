#pragma once
// A Stellar fee-bump transaction (CAP-15): a fee source pays a new, higher
// fee for an inner transaction that is signed already, which goes in
// unchanged (its hash, sequence number, time bounds and signatures): the
// way to get a transaction stuck under a low fee into a ledger before its
// time bounds end. FeeBumpTransaction XDR: MuxedAccount feeSource, int64 fee
// (for the whole: rate x (inner operations + 1)), innerTx (an
// ENVELOPE_TYPE_TX envelope), ext 0; its envelope is ENVELOPE_TYPE_TX_FEE_BUMP
// (5) with the fee source's signatures, and its hash SHA-256(network id ||
// ENVELOPE_TYPE_TX_FEE_BUMP || FeeBumpTransaction). Encoding is byte-exact;
// decoding is strict (the inner as PaymentTransaction reads it), so a
// decoded fee bump re-encodes to the same bytes and hash.

#include "core/base/result.h"
#include "core/chains/stellar/paymenttransaction.h"

#include <QByteArray>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace exchange::stellar {

struct FeeBumpTransaction {
    StellarAccount feeSource;
    std::int64_t fee = 0; // stroops, for the inner's operations and the bump's own
    PaymentTransaction inner; // with its signatures
    std::vector<DecoratedSignature> signatures;

    // The operations a fee is paid for: the inner's one and the bump's own.
    static constexpr std::int64_t kFeeOperations = 2;

    // Refuses what stellar-core would refuse for these fields: a fee below
    // the inner's rate (fee / 2 < inner fee / 1), a negative fee, a bad inner.
    Result<void> validate() const;

    QByteArray transactionXdr() const;
    QByteArray hash(std::string_view networkPassphrase) const;
    std::string hashHex(std::string_view networkPassphrase) const;
    // Appends a signature by the Ed25519 key with this 32-byte seed.
    void sign(const QByteArray &seed, std::string_view networkPassphrase);
    bool isSignedBy(const QByteArray &publicKey, std::string_view networkPassphrase) const;

    QByteArray envelopeXdr() const;
    std::string envelopeBase64() const;
    static Result<FeeBumpTransaction> fromEnvelopeXdr(const QByteArray &xdr);
    static Result<FeeBumpTransaction> fromEnvelopeBase64(std::string_view text);
    // Whether these envelope bytes (base64) are a fee bump's, by their type.
    static bool isFeeBumpEnvelope(std::string_view base64);

    friend bool operator==(const FeeBumpTransaction &, const FeeBumpTransaction &) = default;
};

} // namespace exchange::stellar
