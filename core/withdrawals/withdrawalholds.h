#pragma once
// WithdrawalHolds: what the ledger says about withdrawals, for the payout
// signer, which does not take a withdrawal row's word for its money. A
// request holds amount and fee on the customer's account in the same
// transaction that writes the row (WithdrawalLedger::hold), so
//  - the hold of a withdrawal to be paid must be there, pending and not yet
//    posted or voided, on that customer's account of that asset, for the
//    row's amount (and fee);
//  - the customer's earlier withdrawals of the asset, for the limit
//    windows, are the earlier holds on that account: a voided hold was
//    rejected or cancelled (it does not count), every other one does.
// "Earlier" is the ledger's own order (seq), so a withdrawal requested
// after this one never counts against it, whatever the clocks said.

#include "core/base/result.h"
#include "core/money/amount.h"
#include "core/withdrawals/withdrawallimits.h"

#include <QSqlDatabase>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace exchange::withdrawals {

struct LedgerHold {
    std::string id;
    std::int64_t seq = 0;
    std::int64_t atMs = 0;
    Amount amount;
    std::string asset;
    std::string accountKind;  // "customer" for a genuine request
    std::string accountOwner; // the customer's id, as text
    bool resolved = false;    // posted or voided already
};

class WithdrawalHolds final
{
public:
    explicit WithdrawalHolds(QSqlDatabase db) : m_db(std::move(db)) {}

    // The pending transfer id, if the ledger has one.
    Result<std::optional<LedgerHold>> hold(const std::string &id) const;
    // A withdrawal's holds in one read: the amount's, and the fee's (either
    // may be missing).
    struct Pair {
        std::optional<LedgerHold> amount;
        std::optional<LedgerHold> fee;
    };
    Result<Pair> holdsOf(const std::string &amountId, const std::string &feeId) const;
    // The withdrawal holds on the same account before `hold` (by seq) and
    // at most windowMs older, voided ones left out: the history its limit
    // windows are computed from.
    Result<std::vector<PastWithdrawal>> earlier(const LedgerHold &hold, std::int64_t windowMs) const;

private:
    Result<std::vector<LedgerHold>> select(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
};

} // namespace exchange::withdrawals
