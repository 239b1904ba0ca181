#include "core/chains/algorand/storedsend.h"

#include "core/chains/algorand/algodclient.h"

namespace exchange::algorand {

// algod's answers to a transaction it has already: in its pool, or in a
// recent block (the txid is in the ledger's recent-transaction tail).
bool alreadyKnown(const std::string &message)
{
    for (const char *known : {"already in ledger", "already in pool", "already in the pool", "transaction already"}) {
        if (message.find(known) != std::string::npos)
            return true;
    }
    return false;
}

Result<void> sendStored(AlgodClient &algod, const QByteArray &signedMsgpack, const std::string &txid)
{
    auto sent = algod.send(signedMsgpack);
    if (!sent) {
        if (alreadyKnown(sent.error().message))
            return {};
        return Error{ErrorCode::Unavailable, txid + ": " + sent.error().message};
    }
    if (sent.value() != txid)
        return Error{ErrorCode::Unavailable, txid + ": algod named the sent transaction " + sent.value()};
    return {};
}

} // namespace exchange::algorand
