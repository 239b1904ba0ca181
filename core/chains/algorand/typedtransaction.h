#pragma once
// TypedTransaction<Tx>: what each Algorand transaction type offers on top
// of its fields, written once for all of them - the signing bytes, the id,
// signing and checking, the signed wrapper and strict decoding of both
// forms. A type (PaymentTransaction, AssetTransferTransaction) derives as
// `struct Tx : TypedTransaction<Tx>` and gives its txn "type", a name for
// errors, encodeTransaction(), validate() and readField().

#include "core/base/result.h"
#include "core/chains/algorand/transactionheader.h"
#include "core/crypto/hashes.h"

#include <QByteArray>

#include <string>

namespace exchange::algorand {

template <typename Tx>
struct TypedTransaction : TransactionHeader {
    QByteArray bytesToSign() const { return signingBytes(self().encodeTransaction()); } // "TX" || msgpack
    QByteArray idHash() const { return crypto::sha512_256(bytesToSign()); }
    std::string id() const { return txId(self().encodeTransaction()); } // 52 base32 characters

    void sign(const QByteArray &seed) { signTxn(seed, self().encodeTransaction()); }
    // Whether the signature is valid for the sender (or authAddress if set).
    bool hasValidSignature() const { return signatureValidFor(self().encodeTransaction()); }

    // {"sgnr"?, "sig", "txn"}: what algod's /v2/transactions accepts.
    QByteArray encodeSigned() const { return encodeSignedTxn(self().encodeTransaction()); }
    // Strict: a transaction decoded re-encodes to the same bytes and id.
    static Result<Tx> decodeSigned(const QByteArray &msgpack) { return decode(msgpack, true); }
    static Result<Tx> decodeTransaction(const QByteArray &msgpack) { return decode(msgpack, false); }

    friend bool operator==(const TypedTransaction &, const TypedTransaction &) = default;

private:
    const Tx &self() const { return static_cast<const Tx &>(*this); }

    static Result<Tx> decode(const QByteArray &msgpack, bool isSigned)
    {
        Tx tx;
        auto read = tx.decodeMsgpack(msgpack, isSigned, Tx::Type, Tx::What,
                                     [&tx](TxnMapReader &in, const std::string &key) { return tx.readField(in, key); });
        if (!read)
            return read.error();
        if (auto valid = tx.validate(); !valid)
            return valid.error();
        return tx;
    }
};

} // namespace exchange::algorand
