#pragma once
// TransactionHeader: what every Algorand transaction type shares - the
// header fields ("snd", "fee", "fv", "lv", "gen", "gh", "note", "lx",
// "grp", "rekey") and the signed wrapper around the txn map
// ({"sgnr"?, "sig", "txn"}, what algod's /v2/transactions accepts).
// PaymentTransaction and AssetTransferTransaction derive from it and add
// their own fields; the encoding, signing and strict decoding steps they
// share are its protected members, so both encode the header alike.

#include "core/base/result.h"

#include <QByteArray>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace exchange::algorand {

class TxnMapReader;
class TxnMapWriter;

struct TransactionHeader {
    QByteArray sender;        // 32-byte public key
    std::uint64_t fee = 0;    // microalgos, the final fee (not per byte)
    std::uint64_t firstValid = 0;
    std::uint64_t lastValid = 0;
    std::string genesisId;    // e.g. "mainnet-v1.0"; may be empty
    QByteArray genesisHash;   // 32 bytes
    QByteArray note;          // at most 1024 bytes
    QByteArray lease;         // empty or 32 bytes
    QByteArray group;         // empty or 32 bytes
    QByteArray rekeyTo;       // empty or 32 bytes

    QByteArray signature;     // empty (unsigned) or 64 bytes
    QByteArray authAddress;   // "sgnr": the signer of a rekeyed sender, or empty

    friend bool operator==(const TransactionHeader &, const TransactionHeader &) = default;

protected:
    Result<void> validateHeader() const;

    // The header's fields and "type" into a txn map.
    void writeHeader(TxnMapWriter &out, std::string_view type) const;
    // "TX" || txn: what is signed and hashed into the id.
    static QByteArray signingBytes(const QByteArray &txn);
    static std::string txId(const QByteArray &txn);
    void signTxn(const QByteArray &seed, const QByteArray &txn);
    // Valid for the sender, or for authAddress when that is set.
    bool signatureValidFor(const QByteArray &txn) const;
    QByteArray encodeSignedTxn(const QByteArray &txn) const;
    // Decodes `msgpack` into this header - the signed wrapper when
    // `isSigned`, else the bare txn map, which must be of `type` - and
    // every key the header does not know by `field` (false: not one of the
    // type's). An error names the transaction as `what`.
    using FieldReader = std::function<bool(TxnMapReader &in, const std::string &key)>;
    Result<void> decodeMsgpack(const QByteArray &msgpack, bool isSigned, std::string_view type, std::string what,
                               const FieldReader &field);

private:
    void readTxn(TxnMapReader &in, std::string_view type, const FieldReader &field);
    void readSigned(TxnMapReader &in, std::string_view type, const FieldReader &field);
};

} // namespace exchange::algorand
