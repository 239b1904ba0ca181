#pragma once
// An Algorand payment ("pay") transaction in canonical msgpack, as algod and
// the Algorand SDKs encode it: keys sorted, zero and empty fields omitted,
// integers in their smallest form. Signed over "TX" || msgpack; the id is
// base32(SHA-512/256("TX" || msgpack)). Decoding is strict and refuses
// non-canonical encodings and fields this type cannot represent, so a
// decoded transaction re-encodes to the same bytes and id. The header, the
// signed wrapper and the codec steps are shared with the other types
// (TransactionHeader, TypedTransaction).

#include "core/base/result.h"
#include "core/chains/algorand/typedtransaction.h"

#include <QByteArray>

#include <cstdint>
#include <string>

namespace exchange::algorand {

struct PaymentTransaction : TypedTransaction<PaymentTransaction> {
    QByteArray receiver; // 32-byte public key (all zero: omitted)
    std::uint64_t amount = 0; // microalgos
    QByteArray closeRemainderTo; // empty or 32 bytes

    Result<void> validate() const;
    QByteArray encodeTransaction() const; // msgpack of the txn map

    friend bool operator==(const PaymentTransaction &, const PaymentTransaction &) = default;

private:
    friend struct TypedTransaction<PaymentTransaction>;
    static constexpr char Type[] = "pay";
    static constexpr char What[] = "a payment transaction";
    bool readField(TxnMapReader &in, const std::string &key);
};

} // namespace exchange::algorand
