#pragma once
// An Algorand payment ("pay") transaction in canonical msgpack, as algod and
// the Algorand SDKs encode it: keys sorted, zero and empty fields omitted,
// integers in their smallest form. Signed over "TX" || msgpack; the id is
// base32(SHA-512/256("TX" || msgpack)). Decoding is strict and refuses
// non-canonical encodings and fields this type cannot represent, so a
// decoded transaction re-encodes to the same bytes and id.

#include "core/base/result.h"

#include <QByteArray>

#include <cstdint>
#include <string>

namespace exchange::algorand {

struct PaymentTransaction {
    QByteArray sender;   // 32-byte public key
    QByteArray receiver; // 32-byte public key (all zero: omitted)
    std::uint64_t amount = 0; // microalgos
    std::uint64_t fee = 0;    // microalgos, the final fee (not per byte)
    std::uint64_t firstValid = 0;
    std::uint64_t lastValid = 0;
    std::string genesisId;   // e.g. "mainnet-v1.0"; may be empty
    QByteArray genesisHash;  // 32 bytes
    QByteArray note;         // at most 1024 bytes
    QByteArray lease;        // empty or 32 bytes
    QByteArray group;        // empty or 32 bytes
    QByteArray closeRemainderTo; // empty or 32 bytes
    QByteArray rekeyTo;      // empty or 32 bytes

    QByteArray signature;    // empty (unsigned) or 64 bytes
    QByteArray authAddress;  // "sgnr": the signer of a rekeyed sender, or empty

    Result<void> validate() const;

    QByteArray encodeTransaction() const; // msgpack of the txn map
    QByteArray bytesToSign() const;       // "TX" || encodeTransaction()
    QByteArray idHash() const;            // SHA-512/256(bytesToSign())
    std::string id() const;               // 52 base32 characters

    void sign(const QByteArray &seed);
    // Whether the signature is valid for the sender (or authAddress if set).
    bool hasValidSignature() const;

    // {"sgnr"?, "sig", "txn"}: what algod's /v2/transactions accepts.
    QByteArray encodeSigned() const;
    static Result<PaymentTransaction> decodeSigned(const QByteArray &msgpack);
    static Result<PaymentTransaction> decodeTransaction(const QByteArray &msgpack);

    friend bool operator==(const PaymentTransaction &, const PaymentTransaction &) = default;
};

} // namespace exchange::algorand
