#pragma once
// What a caller asks the ledger to do, with accounts named by key (they are
// created on first use). Post and void name only the pending transfer.

#include "core/ledger/chartofaccounts.h"
#include "core/ledger/transfer.h"

namespace exchange::ledger {

struct TransferRequest {
    std::string id; // idempotency key: e.g. "deposit:ethereum:0xab…:0"
    TransferKind kind = TransferKind::Posted;
    TransferCode code = TransferCode::Adjustment;
    AccountKey debit;  // unused for post/void
    AccountKey credit; // unused for post/void
    Amount amount;     // post: zero posts all; void: ignored
    std::string pendingId;
    std::string reference;
    std::string memo;

    static TransferRequest posted(std::string id, TransferCode code, AccountKey debit, AccountKey credit, Amount amount,
                                  std::string reference = {}, std::string memo = {});
    static TransferRequest pending(std::string id, TransferCode code, AccountKey debit, AccountKey credit,
                                   Amount amount, std::string reference = {});
    static TransferRequest post(std::string id, std::string pendingId, Amount amount = {});
    static TransferRequest voidHold(std::string id, std::string pendingId);
};

} // namespace exchange::ledger
