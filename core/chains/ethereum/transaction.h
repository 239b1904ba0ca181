#pragma once
// An Ethereum transaction: legacy with EIP-155 replay protection, or
// EIP-1559 (type 2). Signing, serialisation (RLP, typed envelope) and the
// transaction hash are byte-exact; parsing is strict (canonical RLP, exact
// field counts and widths, a signature that recovers a sender with low s),
// so a parsed transaction re-serialises to the same bytes.

#include "core/base/result.h"
#include "core/crypto/uint256.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace exchange::ethereum {

struct AccessListEntry {
    QByteArray address;                // 20 bytes
    std::vector<QByteArray> storageKeys; // 32 bytes each

    friend bool operator==(const AccessListEntry &, const AccessListEntry &) = default;
};

struct TransactionSignature {
    UInt256 r;
    UInt256 s;
    int yParity = 0; // 0 or 1

    friend bool operator==(const TransactionSignature &, const TransactionSignature &) = default;
};

struct Transaction {
    enum class Type { Legacy, Eip1559 };

    Type type = Type::Eip1559;
    // Absent only for a pre-EIP-155 legacy transaction (parsed, never built).
    std::optional<std::uint64_t> chainId;
    std::uint64_t nonce = 0;
    UInt256 gasPrice;             // legacy
    UInt256 maxPriorityFeePerGas; // EIP-1559
    UInt256 maxFeePerGas;         // EIP-1559
    std::uint64_t gasLimit = 0;
    std::optional<QByteArray> to; // 20 bytes; absent for contract creation
    UInt256 value;                // wei
    QByteArray data;
    std::vector<AccessListEntry> accessList; // EIP-1559
    std::optional<TransactionSignature> signature;

    Result<void> validate() const;
    // The payload the sender signs: for EIP-1559, 0x02 || RLP of the nine
    // fields, which is also the unsigned transaction wallets and offline
    // signers exchange (ethers Transaction.unsignedSerialized).
    QByteArray signingPayload() const;
    // Keccak-256 of signingPayload() (EIP-155 / EIP-2718).
    QByteArray signingHash() const;
    // Reads an unsigned EIP-1559 transaction (signingPayload()'s form).
    static Result<Transaction> parseUnsigned(const QByteArray &payload);
    Result<void> sign(const QByteArray &secretKey);
    // The raw signed transaction as broadcast (eth_sendRawTransaction).
    QByteArray serialise() const;
    // Keccak-256 of serialise(): the transaction id.
    QByteArray hash() const;
    std::string hashHex() const; // "0x" + 64 hex digits
    // The 20-byte address that signed.
    Result<QByteArray> sender() const;

    static Result<Transaction> parse(const QByteArray &raw);

    friend bool operator==(const Transaction &, const Transaction &) = default;
};

} // namespace exchange::ethereum
