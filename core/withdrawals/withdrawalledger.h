#pragma once
// WithdrawalLedger: the ledger side of a withdrawal's life, in the caller's
// transaction (UnitOfWork), so that each step commits together with the
// state change and the audit record that go with it.
//
//   hold       the amount customer -> withdrawal_clearing and the fee
//              customer -> revenue, both pending and linked: the customer's
//              available balance must cover both or nothing is held.
//   release    both holds voided: the funds are the customer's again.
//   settlePaid the chain paid the destination from `payer` (hot for
//              automatic payouts, warm for manual ones): both holds posted,
//              the amount moved out of the paying wallet (clearing debited,
//              wallet credited) and the network fee, if any, booked as an
//              expense paid by that wallet.
//   settleInternal  an internal transfer (InternalTransfer): both holds
//              posted and the amount moved from clearing to the receiving
//              customer's account; no wallet and no network fee is touched,
//              since nothing moved on chain.
//   bookFee    a transaction that failed on chain still cost its fee: only
//              the fee is booked; the holds stay, the withdrawal is retried.
//
// Transfer ids derive from the withdrawal and the txid, so a step repeated
// after a crash is refused by the ledger rather than booked twice.

#include "core/base/result.h"
#include "core/money/amount.h"
#include "core/wallets/wallet.h"
#include "core/withdrawals/withdrawalrecord.h"

#include <cstdint>
#include <string>
#include <unordered_map>

namespace exchange {
class UnitOfWork;
namespace ledger { class LedgerService; }
}

namespace exchange::withdrawals {

class WithdrawalLedger final
{
public:
    explicit WithdrawalLedger(ledger::LedgerService &ledger) : m_ledger(ledger) {}

    // Account ids by name (LedgerService::AccountIds).
    using AccountIds = std::unordered_map<std::string, std::int64_t>;

    // InsufficientFunds when the customer's available balance is short.
    // accounts: the ids resolved so far in this transaction, and those this
    // resolves (for LedgerService::rememberAccounts once committed).
    Result<void> hold(UnitOfWork &work, const WithdrawalRecord &w, AccountIds *accounts = nullptr) const;
    Result<void> release(UnitOfWork &work, const WithdrawalRecord &w) const;
    Result<void> settlePaid(UnitOfWork &work, const WithdrawalRecord &w, wallets::WalletTier payer, const Amount &networkFee,
                            const std::string &txid) const;
    Result<void> settleInternal(UnitOfWork &work, const WithdrawalRecord &w, std::int64_t receiver) const;
    Result<void> bookFee(UnitOfWork &work, const WithdrawalRecord &w, wallets::WalletTier payer, const Amount &networkFee,
                         const std::string &txid) const;

private:
    ledger::LedgerService &m_ledger;
};

} // namespace exchange::withdrawals
