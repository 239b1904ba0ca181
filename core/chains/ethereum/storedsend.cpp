#include "core/chains/ethereum/storedsend.h"

#include "core/chains/ethereum/jsonrpcclient.h"

#include <QJsonArray>

namespace exchange::ethereum {

namespace {

bool alreadyKnown(const std::string &message)
{
    for (const char *known : {"already known", "known transaction", "nonce too low", "already imported",
                              "the tx doesn't have the correct nonce"}) {
        if (message.find(known) != std::string::npos)
            return true;
    }
    return false;
}

} // namespace

Result<void> sendStored(JsonRpcClient &node, const std::string &rawTx, const std::string &txid)
{
    // Known by hash (waiting in the pool, or mined): sent already. A node
    // that cannot say is sent the bytes, as before.
    auto known = node.callAndWait(QStringLiteral("eth_getTransactionByHash"), QJsonArray{QString::fromStdString(txid)});
    if (known && known.value().isObject())
        return {};
    auto sent = node.callAndWait(QStringLiteral("eth_sendRawTransaction"), QJsonArray{QString::fromStdString(rawTx)});
    if (!sent) {
        if (alreadyKnown(sent.error().message))
            return {};
        return Error{ErrorCode::Unavailable, txid + ": " + sent.error().message};
    }
    if (sent.value().toString().toLower().toStdString() != txid)
        return Error{ErrorCode::Unavailable, txid + ": the node named the sent transaction " + sent.value().toString().toStdString()};
    return {};
}

} // namespace exchange::ethereum
