#include "core/chains/ethereum/tokentransfergas.h"

#include "core/chains/ethereum/erc20event.h"
#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/chains/ethereum/quantity.h"
#include "core/money/amount.h"

#include <QJsonArray>
#include <QJsonObject>

namespace exchange::ethereum {

bool refusedByNode(const Error &e)
{
    // JsonRpcClient reports an error object as "the node refused it (…)".
    return e.message.find("the node refused it (") != std::string::npos;
}

Result<std::uint64_t> tokenTransferGas(JsonRpcClient &node, const TokenTransfer &t)
{
    const QJsonObject call{{QStringLiteral("from"), QString::fromStdString(t.from)},
                           {QStringLiteral("to"), QString::fromStdString(t.contract)},
                           {QStringLiteral("value"), QStringLiteral("0x0")},
                           {QStringLiteral("data"), transferCall(t.to, t.value)}};
    auto answer = node.callAndWait(QStringLiteral("eth_estimateGas"), QJsonArray{call});
    if (!answer) {
        if (refusedByNode(answer.error()))
            return Error{ErrorCode::InvalidInput, "the contract refuses the transfer of " + t.described + " to " + t.to + " from "
                                                      + t.from + ": " + answer.error().message};
        return Error{ErrorCode::Unavailable, answer.error().message};
    }
    const auto estimate = parseQuantity(answer.value());
    if (!estimate || *estimate < static_cast<int128>(kPlainTransferGas))
        return Error{ErrorCode::Unavailable, "eth_estimateGas gave no usable estimate for the transfer of " + t.described};
    if (*estimate > kMaxTokenTransferGas)
        return Error{ErrorCode::InvalidInput, "the transfer of " + t.described + " would need "
                                                  + Amount::fromBaseUnits(*estimate).toBaseUnitString()
                                                  + " gas, more than a token transfer may"};
    return static_cast<std::uint64_t>(*estimate + (*estimate + 3) / 4);
}

} // namespace exchange::ethereum
