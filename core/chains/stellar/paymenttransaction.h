#pragma once
// A Stellar transaction carrying one operation - a payment of XLM or of a
// credit asset (a token), a create_account (XLM to an account that does not
// exist yet, creating it with that starting balance) or a change_trust (the
// trustline an account needs before it can hold a credit asset), a
// manage_data (an entry of the account's data, as SEP-29's
// config.memo_required) or an account_merge (all of an account's XLM to
// another, the account removed: a channel account returned to hot) - with
// its own source account or not (a channel's payment: the transaction's
// source pays the fee and sequence, the operation's the money), in the v1
// envelope XDR that stellar-core and the Stellar SDKs use. Encoding is byte-exact; decoding is strict and refuses
// anything this type cannot represent faithfully (other operations, liquidity
// pool shares, invalid asset codes, memo kinds or preconditions), so a
// decoded transaction re-encodes to the same bytes and hash.

#include "core/base/result.h"
#include "core/chains/stellar/decoratedsignatures.h"
#include "core/chains/stellar/stellarasset.h"
#include "core/chains/stellar/strkey.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace exchange::stellar {

class XdrReader;

// The network passphrases whose SHA-256 is the network id.
inline constexpr char PublicNetworkPassphrase[] = "Public Global Stellar Network ; September 2015";
inline constexpr char TestNetworkPassphrase[] = "Test SDF Network ; September 2015";

// The largest trustline limit, the SDK's default for Operation.changeTrust
// ("922337203685.4775807"): trust the asset without a cap.
inline constexpr std::int64_t MaxTrustLimit = std::numeric_limits<std::int64_t>::max();

// The one operation of a PaymentTransaction.
enum class OperationType { Payment, CreateAccount, ChangeTrust, ManageData, AccountMerge };

// A data entry's name and value have at most 64 bytes each (string64,
// DataValue opaque<64>).
inline constexpr std::size_t MaxDataBytes = 64;

struct StellarAccount {
    QByteArray publicKey; // 32 bytes
    std::optional<std::uint64_t> muxedId; // set for an M… account

    // G… or M… as StrKey.
    std::string toString() const;
    static Result<StellarAccount> fromString(std::string_view text);

    friend bool operator==(const StellarAccount &, const StellarAccount &) = default;
};

struct TimeBounds {
    std::uint64_t minTime = 0; // Unix seconds, 0 = no lower bound
    std::uint64_t maxTime = 0; // Unix seconds, 0 = no upper bound

    friend bool operator==(const TimeBounds &, const TimeBounds &) = default;
};

struct Memo {
    enum class Type { None, Text, Id };
    Type type = Type::None;
    std::string text; // at most 28 bytes (Type::Text)
    std::uint64_t id = 0; // Type::Id

    friend bool operator==(const Memo &, const Memo &) = default;
};

struct PaymentTransaction {
    StellarAccount source;
    std::uint32_t fee = 0; // stroops, for the whole transaction
    std::int64_t sequence = 0;
    std::optional<TimeBounds> timeBounds;
    Memo memo;
    // The operation's own source (a channel account's payment, say); unset:
    // the transaction's source.
    std::optional<StellarAccount> operationSource;
    // PAYMENT: `amount` of `asset` to `destination`.
    // CREATE_ACCOUNT: the destination is a plain G… account (never muxed),
    // the asset native and the amount its starting balance, which
    // stellar-core wants to be at least two base reserves.
    // CHANGE_TRUST: a trustline of the operation's source to `asset` (a credit
    // asset, not issued by that source) with `amount` as its limit (0 removes
    // it, MaxTrustLimit is unlimited); no destination.
    // MANAGE_DATA: sets the source's entry `dataName` to `dataValue`, or
    // deletes it without a value; no destination, asset native, amount 0.
    // ACCOUNT_MERGE: all XLM of the operation's source to `destination` (G…
    // or M…, never that source itself), the source account removed; asset
    // native, amount 0 (what moves is what the account holds when applied).
    OperationType operation = OperationType::Payment;
    StellarAccount destination;
    StellarAsset asset; // native unless set
    std::int64_t amount = 0; // stroops (7 decimals for any asset), > 0; a limit >= 0
    std::string dataName;                 // MANAGE_DATA: 1 to 64 bytes
    std::optional<QByteArray> dataValue;  // MANAGE_DATA: at most 64 bytes; unset deletes
    std::vector<DecoratedSignature> signatures;

    // Refuses what stellar-core would refuse for these fields.
    Result<void> validate() const;

    // The Transaction XDR (without envelope or signatures).
    QByteArray transactionXdr() const;
    // SHA-256 of network id || ENVELOPE_TYPE_TX || transaction: the hash that
    // is signed and that explorers show.
    QByteArray hash(std::string_view networkPassphrase) const;
    std::string hashHex(std::string_view networkPassphrase) const;

    // Appends a signature by the Ed25519 key with this 32-byte seed.
    void sign(const QByteArray &seed, std::string_view networkPassphrase);
    // Whether one of the signatures is a valid one by this public key.
    bool isSignedBy(const QByteArray &publicKey, std::string_view networkPassphrase) const;

    // TransactionEnvelope XDR (ENVELOPE_TYPE_TX) and its base64 form.
    QByteArray envelopeXdr() const;
    std::string envelopeBase64() const;
    static Result<PaymentTransaction> fromEnvelopeXdr(const QByteArray &xdr);
    static Result<PaymentTransaction> fromEnvelopeBase64(std::string_view text);
    // Reads one ENVELOPE_TYPE_TX envelope at in's position (a fee bump's
    // inner one, say), failing in on anything fromEnvelopeXdr refuses but
    // validate() and trailing bytes: the caller checks in.ok() and then
    // validate().
    static PaymentTransaction readEnvelope(XdrReader &in);

    friend bool operator==(const PaymentTransaction &, const PaymentTransaction &) = default;
};

} // namespace exchange::stellar
