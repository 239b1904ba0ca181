#include "core/ledger/ledgerengine.h"

namespace exchange::ledger {

namespace {

Error refused(ErrorCode code, const Transfer &t, const std::string &why)
{
    return Error{code, "transfer " + t.id + ": " + why};
}

// Adds to a stored balance; the sum of checked amounts never reaches the
// 128-bit limit in practice, but a wrap would be silent, so it is checked.
bool add(Amount &target, Amount delta)
{
    auto sum = target.plus(delta);
    if (!sum)
        return false;
    target = sum.value();
    return true;
}

Amount minus(Amount a, Amount b)
{
    return Amount::fromBaseUnits(a.baseUnits() - b.baseUnits());
}

} // namespace

void LedgerEngine::reserve(size_t accounts, size_t holds)
{
    m_accounts.reserve(accounts);
    m_pending.reserve(holds);
}

void LedgerEngine::putAccount(Account account)
{
    const auto id = account.id;
    m_accounts.insert_or_assign(id, std::move(account));
}

const Account *LedgerEngine::account(std::int64_t id) const
{
    auto it = m_accounts.find(id);
    return it == m_accounts.end() ? nullptr : &it->second;
}

void LedgerEngine::putPending(PendingHold hold)
{
    auto id = hold.id;
    m_pending.insert_or_assign(std::move(id), std::move(hold));
}

const PendingHold *LedgerEngine::pending(const std::string &id) const
{
    auto it = m_pending.find(id);
    return it == m_pending.end() ? nullptr : &it->second;
}

Result<Transfer> LedgerEngine::complete(Transfer t) const
{
    if (t.kind != TransferKind::PostPending && t.kind != TransferKind::VoidPending)
        return t;
    const PendingHold *hold = pending(t.pendingId);
    if (!hold)
        return refused(ErrorCode::NotFound, t, "no pending transfer '" + t.pendingId + "'");
    if ((t.debitAccountId != 0 && t.debitAccountId != hold->debitAccountId)
        || (t.creditAccountId != 0 && t.creditAccountId != hold->creditAccountId))
        return refused(ErrorCode::InvalidInput, t, "accounts differ from the pending transfer's");
    t.debitAccountId = hold->debitAccountId;
    t.creditAccountId = hold->creditAccountId;
    t.code = hold->code;
    if (t.asset.empty())
        t.asset = hold->asset;
    if (t.kind == TransferKind::VoidPending || t.amount.isZero())
        t.amount = hold->amount;
    return t;
}

Result<Transfer> LedgerEngine::apply(Transfer transfer)
{
    return applyOne(std::move(transfer), nullptr);
}

Result<std::vector<Transfer>> LedgerEngine::applyLinked(std::vector<Transfer> transfers)
{
    Undo undo;
    std::vector<Transfer> applied;
    applied.reserve(transfers.size());
    for (Transfer &t : transfers) {
        auto result = applyOne(std::move(t), &undo);
        if (!result) {
            rollback(undo);
            return Error{result.error().code, result.error().message + " (linked group refused as a whole)"};
        }
        applied.push_back(std::move(result).value());
    }
    return applied;
}

void LedgerEngine::rollback(Undo &undo)
{
    // Restore in reverse so that the oldest saved state of an account wins.
    for (auto it = undo.accounts.rbegin(); it != undo.accounts.rend(); ++it)
        m_accounts.insert_or_assign(it->id, *it);
    for (const std::string &id : undo.addedHolds)
        m_pending.erase(id);
    for (const std::string &id : undo.resolvedHolds) {
        if (auto it = m_pending.find(id); it != m_pending.end())
            it->second.resolved = false;
    }
}

Result<Transfer> LedgerEngine::applyOne(Transfer t, Undo *undo)
{
    if (t.id.empty() || t.id.size() > 200)
        return refused(ErrorCode::InvalidInput, t, "needs an id of 1 to 200 characters");
    auto completed = complete(std::move(t));
    if (!completed)
        return completed.error();
    t = std::move(completed).value();

    const bool isResolution = t.kind == TransferKind::PostPending || t.kind == TransferKind::VoidPending;
    PendingHold *hold = nullptr;
    if (isResolution) {
        hold = &m_pending.find(t.pendingId)->second;
        if (hold->resolved)
            return refused(ErrorCode::WrongState, t, "pending transfer '" + t.pendingId + "' was already posted or voided");
        if (t.amount.isNegative() || t.amount > hold->amount)
            return refused(ErrorCode::InvalidInput, t, "may post at most the pending amount");
    } else if (!t.pendingId.empty()) {
        return refused(ErrorCode::InvalidInput, t, "only post and void name a pending transfer");
    }
    if (!t.amount.isPositive() && t.kind != TransferKind::PostPending)
        return refused(ErrorCode::InvalidInput, t, "amount must be positive");
    if (t.kind == TransferKind::Pending && m_pending.count(t.id))
        return refused(ErrorCode::Conflict, t, "a pending transfer with this id exists");

    auto debitIt = m_accounts.find(t.debitAccountId);
    auto creditIt = m_accounts.find(t.creditAccountId);
    if (debitIt == m_accounts.end() || creditIt == m_accounts.end())
        return refused(ErrorCode::NotFound, t, "names an account that does not exist");
    if (t.debitAccountId == t.creditAccountId)
        return refused(ErrorCode::InvalidInput, t, "debits and credits the same account");
    Account &debit = debitIt->second;
    Account &credit = creditIt->second;
    if (t.asset.empty())
        t.asset = debit.key.asset;
    if (debit.key.asset != t.asset || credit.key.asset != t.asset)
        return refused(ErrorCode::InvalidInput, t, "accounts and transfer are of different assets");

    Account newDebit = debit;
    Account newCredit = credit;
    bool ok = true;
    switch (t.kind) {
    case TransferKind::Posted:
        ok = add(newDebit.debitsPosted, t.amount) && add(newCredit.creditsPosted, t.amount);
        break;
    case TransferKind::Pending:
        ok = add(newDebit.debitsPending, t.amount) && add(newCredit.creditsPending, t.amount);
        break;
    case TransferKind::PostPending:
        newDebit.debitsPending = minus(newDebit.debitsPending, hold->amount);
        newCredit.creditsPending = minus(newCredit.creditsPending, hold->amount);
        ok = add(newDebit.debitsPosted, t.amount) && add(newCredit.creditsPosted, t.amount);
        break;
    case TransferKind::VoidPending:
        newDebit.debitsPending = minus(newDebit.debitsPending, hold->amount);
        newCredit.creditsPending = minus(newCredit.creditsPending, hold->amount);
        break;
    }
    if (!ok)
        return refused(ErrorCode::InvalidInput, t, "balance would overflow");

    if (m_limits == Limits::Enforce && (t.kind == TransferKind::Posted || t.kind == TransferKind::Pending)) {
        // What is reserved counts as spent: a hold can never be spent twice.
        if ((newDebit.flags & DebitsMustNotExceedCredits)
            && newDebit.debitsPosted.baseUnits() + newDebit.debitsPending.baseUnits() > newDebit.creditsPosted.baseUnits())
            return refused(ErrorCode::InsufficientFunds, t,
                           debit.key.toString() + " has " + debit.available().toBaseUnitString()
                               + " base units available, " + t.amount.toBaseUnitString() + " needed");
        if ((newCredit.flags & CreditsMustNotExceedDebits)
            && newCredit.creditsPosted.baseUnits() + newCredit.creditsPending.baseUnits() > newCredit.debitsPosted.baseUnits())
            return refused(ErrorCode::InsufficientFunds, t,
                           credit.key.toString() + " has " + credit.available().toBaseUnitString()
                               + " base units available, " + t.amount.toBaseUnitString() + " needed");
    }

    if (undo) {
        undo->accounts.push_back(debit);
        undo->accounts.push_back(credit);
    }
    debit = std::move(newDebit);
    credit = std::move(newCredit);
    if (t.kind == TransferKind::Pending) {
        m_pending.insert_or_assign(t.id, PendingHold{t.id, t.debitAccountId, t.creditAccountId, t.asset, t.amount, t.code, false});
        if (undo)
            undo->addedHolds.push_back(t.id);
    } else if (hold) {
        hold->resolved = true;
        if (undo)
            undo->resolvedHolds.push_back(hold->id);
    }
    return t;
}

} // namespace exchange::ledger
