#include "core/chains/ethereum/receiptoutcome.h"

#include "core/chains/ethereum/quantity.h"

namespace exchange::ethereum {

Result<ReceiptOutcome> readReceipt(const QJsonObject &receipt, const std::string &txid)
{
    const QString status = receipt.value(QStringLiteral("status")).toString();
    const auto gasUsed = parseQuantity(receipt.value(QStringLiteral("gasUsed")));
    const auto price = parseQuantity(receipt.value(QStringLiteral("effectiveGasPrice")));
    const auto block = parseQuantity(receipt.value(QStringLiteral("blockNumber")));
    if ((status != QStringLiteral("0x1") && status != QStringLiteral("0x0")) || !gasUsed || !price || !block)
        return Error{ErrorCode::Unavailable,
                     "the node's receipt of " + txid + " lacks status, gasUsed, effectiveGasPrice or blockNumber"};
    const auto fee = Amount::fromBaseUnits(*gasUsed).times(*price);
    if (!fee)
        return Error{ErrorCode::Unavailable, "the node's receipt of " + txid + " claims a fee beyond what the exchange counts"};
    return ReceiptOutcome{status == QStringLiteral("0x1"), fee.value(), static_cast<std::int64_t>(*block)};
}

} // namespace exchange::ethereum
