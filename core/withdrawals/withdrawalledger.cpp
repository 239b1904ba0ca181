#include "core/withdrawals/withdrawalledger.h"
#include "core/money/asset.h"

#include "core/ledger/ledgerservice.h"

namespace exchange::withdrawals {

using ledger::TransferCode;
using ledger::TransferRequest;

namespace {

// Where a withdrawal's amount waits between request and payout. Equity kind:
// no balance rule of its own, so a short hot wallet never refuses a customer
// who has the funds (that is the payout's matter).
ledger::AccountKey clearingAccount(const std::string &asset)
{
    return ledger::equityAccount("withdrawal_clearing", asset);
}

ledger::AccountKey wallet(wallets::WalletTier tier, const std::string &asset)
{
    return ledger::walletAccount(wallets::walletTierName(tier), asset);
}

TransferRequest feeTransfer(const WithdrawalRecord &w, wallets::WalletTier payer, const Amount &networkFee,
                            const std::string &txid)
{
    // The network's fee is paid in the chain's coin, whatever the
    // withdrawal moved (a token's transfer costs ether, lumens or ALGO).
    const std::string coin = nativeAssetOf(w.chain).code;
    return TransferRequest::posted(w.holdId() + ":network-fee:" + txid, TransferCode::NetworkFee,
                                   ledger::expenseAccount(ledger::owner::NetworkFees, coin), wallet(payer, coin),
                                   networkFee, txid);
}

} // namespace

Result<void> WithdrawalLedger::hold(UnitOfWork &work, const WithdrawalRecord &w, AccountIds *accounts) const
{
    std::vector<TransferRequest> holds{TransferRequest::pending(w.holdId(), TransferCode::Withdrawal,
                                                                ledger::customerAccount(w.customerId, w.asset),
                                                                clearingAccount(w.asset), w.amount, w.holdId())};
    if (w.fee.isPositive())
        holds.push_back(TransferRequest::pending(w.feeHoldId(), TransferCode::WithdrawalFee,
                                                 ledger::customerAccount(w.customerId, w.asset),
                                                 ledger::revenueAccount(ledger::owner::WithdrawalFees, w.asset), w.fee,
                                                 w.holdId()));
    if (auto held = m_ledger.submitLinkedIn(work, holds, accounts); !held)
        return held.error();
    return {};
}

Result<void> WithdrawalLedger::release(UnitOfWork &work, const WithdrawalRecord &w) const
{
    std::vector<TransferRequest> voids{TransferRequest::voidHold(w.holdId() + ":void", w.holdId())};
    if (w.fee.isPositive())
        voids.push_back(TransferRequest::voidHold(w.feeHoldId() + ":void", w.feeHoldId()));
    if (auto voided = m_ledger.submitLinkedIn(work, voids); !voided)
        return voided.error();
    return {};
}

Result<void> WithdrawalLedger::settlePaid(UnitOfWork &work, const WithdrawalRecord &w, wallets::WalletTier payer,
                                          const Amount &networkFee, const std::string &txid) const
{
    std::vector<TransferRequest> postings{
        TransferRequest::post(w.holdId() + ":post", w.holdId()),
        TransferRequest::posted(w.holdId() + ":paid", TransferCode::Withdrawal, clearingAccount(w.asset), wallet(payer, w.asset),
                                w.amount, txid)};
    if (w.fee.isPositive())
        postings.push_back(TransferRequest::post(w.feeHoldId() + ":post", w.feeHoldId()));
    if (networkFee.isPositive())
        postings.push_back(feeTransfer(w, payer, networkFee, txid));
    if (auto booked = m_ledger.submitLinkedIn(work, postings); !booked)
        return booked.error();
    return {};
}

Result<void> WithdrawalLedger::settleInternal(UnitOfWork &work, const WithdrawalRecord &w, std::int64_t receiver) const
{
    std::vector<TransferRequest> postings{
        TransferRequest::post(w.holdId() + ":post", w.holdId()),
        TransferRequest::posted(w.holdId() + ":internal", TransferCode::Withdrawal, clearingAccount(w.asset),
                                ledger::customerAccount(receiver, w.asset), w.amount, w.holdId())};
    if (w.fee.isPositive())
        postings.push_back(TransferRequest::post(w.feeHoldId() + ":post", w.feeHoldId()));
    if (auto booked = m_ledger.submitLinkedIn(work, postings); !booked)
        return booked.error();
    return {};
}

Result<void> WithdrawalLedger::bookFee(UnitOfWork &work, const WithdrawalRecord &w, wallets::WalletTier payer,
                                       const Amount &networkFee, const std::string &txid) const
{
    if (!networkFee.isPositive())
        return {};
    if (auto booked = m_ledger.submitLinkedIn(work, {feeTransfer(w, payer, networkFee, txid)}); !booked)
        return booked.error();
    return {};
}

} // namespace exchange::withdrawals
