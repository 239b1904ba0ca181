#pragma once
// What a mined transaction's receipt says, read strictly: whether it
// succeeded (status 0x1; 0x0 reverted), the fee it cost (gasUsed ×
// effectiveGasPrice, exact) and its block. A receipt lacking any of them,
// or claiming a fee beyond what the console counts, is Unavailable: the
// node's answer is not trusted, and the caller asks again later.

#include "core/base/result.h"
#include "core/money/amount.h"

#include <QJsonObject>

#include <cstdint>
#include <string>

namespace exchange::ethereum {

struct ReceiptOutcome {
    bool succeeded = false;
    Amount fee;
    std::int64_t block = 0;
};

Result<ReceiptOutcome> readReceipt(const QJsonObject &receipt, const std::string &txid);

} // namespace exchange::ethereum
