#include "core/chains/algorand/paymenttransaction.h"

#include "core/chains/algorand/txnmapreader.h"
#include "core/chains/algorand/txnmapwriter.h"

namespace exchange::algorand {

Result<void> PaymentTransaction::validate() const
{
    if (auto header = validateHeader(); !header)
        return header;
    for (const QByteArray *field : {&receiver, &closeRemainderTo}) {
        if (!field->isEmpty() && field->size() != 32)
            return makeError(ErrorCode::InvalidInput,
                             "Algorand transaction: the receiver and close-to are empty or 32-byte public keys");
    }
    return {};
}

QByteArray PaymentTransaction::encodeTransaction() const
{
    TxnMapWriter out;
    writeHeader(out, Type);
    out.uint("amt", amount);
    out.bytes32("close", closeRemainderTo);
    out.bytes32("rcv", receiver);
    return out.encode();
}

bool PaymentTransaction::readField(TxnMapReader &in, const std::string &key)
{
    if (key == "amt")
        in.uint(amount);
    else if (key == "close")
        in.bytes32(closeRemainderTo);
    else if (key == "rcv")
        in.bytes32(receiver);
    else
        return false;
    return true;
}

} // namespace exchange::algorand
