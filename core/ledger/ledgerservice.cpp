#include "core/base/message.h"
#include "core/ledger/ledgerservice.h"

#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/ledger/ledgerengine.h"
#include "core/ledger/ledgerrepository.h"
#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"

#include <QThread>

namespace exchange::ledger {

namespace {
constexpr int kAttempts = 8;
}

LedgerService::LedgerService(Database &database, const Clock &clock, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_notifier(notifier)
{
}

Result<Transfer> LedgerService::submit(const TransferRequest &request)
{
    auto results = execute({request}, Mode::Linked);
    if (!results)
        return results.error();
    return std::move(results).value().front();
}

Result<std::vector<Transfer>> LedgerService::submitLinked(const std::vector<TransferRequest> &requests)
{
    return submitLinked(requests, AlsoInTransaction{});
}

Result<std::vector<Result<Transfer>>> LedgerService::submitEach(const std::vector<TransferRequest> &requests)
{
    return execute(requests, Mode::Each);
}

Result<std::vector<Transfer>> LedgerService::submitLinked(const std::vector<TransferRequest> &requests,
                                                          const AlsoInTransaction &also)
{
    auto results = execute(requests, Mode::Linked, also);
    if (!results)
        return results.error();
    std::vector<Transfer> transfers;
    transfers.reserve(results.value().size());
    for (auto &r : results.value())
        transfers.push_back(r.value());
    return transfers;
}

Result<TransferRequest> LedgerService::adjustment(std::int64_t customerId, const std::string &asset,
                                                  Amount signedAmount, const std::string &reason,
                                                  const std::string &transferId)
{
    std::string trimmed = reason;
    trimmed.erase(0, trimmed.find_first_not_of(" \t\n"));
    if (trimmed.empty())
        return makeError(ErrorCode::InvalidInput, MessageId::AdjustmentNeedsReason);
    if (signedAmount.isZero())
        return makeError(ErrorCode::InvalidInput, MessageId::AdjustmentNeedsAmount);
    const AccountKey customer = customerAccount(customerId, asset);
    const AccountKey equity = equityAccount(owner::Adjustments, asset);
    const Amount amount = signedAmount.isNegative() ? signedAmount.negated().value() : signedAmount;
    const bool credit = signedAmount.isPositive();
    return TransferRequest::posted(transferId, TransferCode::Adjustment, credit ? equity : customer,
                                   credit ? customer : equity, amount, "customer:" + std::to_string(customerId),
                                   reason);
}

Result<Account> LedgerService::account(const AccountKey &key)
{
    auto found = LedgerRepository(m_database.connection(), m_database.dialect()).findAccount(key);
    if (!found)
        return found.error();
    if (found.value())
        return *found.value();
    Account empty;
    empty.key = key;
    empty.flags = defaultFlags(key.kind);
    return empty;
}

Result<void> LedgerService::checkAsset(const std::string &code)
{
    {
        std::lock_guard lock(m_cacheMutex);
        if (m_knownAssets.count(code))
            return {};
    }
    if (auto known = AssetRepository(m_database.connection(), m_database.dialect()).exists(code); !known)
        return known.error();
    std::lock_guard lock(m_cacheMutex);
    m_knownAssets.insert(code);
    return {};
}

Result<std::vector<Result<Transfer>>> LedgerService::execute(const std::vector<TransferRequest> &requests, Mode mode,
                                                             const AlsoInTransaction &also)
{
    if (requests.empty())
        return std::vector<Result<Transfer>>{};
    for (const TransferRequest &r : requests) {
        if (r.kind == TransferKind::Posted || r.kind == TransferKind::Pending) {
            if (r.debit.asset != r.credit.asset)
                return Error{ErrorCode::InvalidInput, "transfer " + r.id + ": accounts are of different assets"};
            if (auto known = checkAsset(r.debit.asset); !known)
                return Error{known.error().code, "transfer " + r.id + ": " + known.error().message};
        }
    }
    Error last{ErrorCode::Conflict, "the ledger was too busy; try again"};
    for (int attemptNo = 0; attemptNo < kAttempts; ++attemptNo) {
        std::unordered_map<std::string, std::int64_t> newAccounts;
        bool refused = false;
        auto result = attempt(requests, mode, newAccounts, refused, also);
        if (result.ok()) {
            {
                std::lock_guard lock(m_cacheMutex);
                m_accountIds.insert(newAccounts.begin(), newAccounts.end());
            }
            if (m_notifier)
                m_notifier->publish(ChangeNotifier::Topic::Ledger, QString());
            return result;
        }
        // Only a clash with another writer is worth another try.
        if (refused || result.error().code != ErrorCode::Conflict)
            return result.error();
        last = result.error();
        QThread::msleep(static_cast<unsigned long>(1 + attemptNo * attemptNo));
    }
    return last;
}

Result<std::vector<Result<Transfer>>> LedgerService::attempt(const std::vector<TransferRequest> &requests, Mode mode,
                                                             std::unordered_map<std::string, std::int64_t> &newAccounts,
                                                             bool &refused, const AlsoInTransaction &also)
{
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    std::vector<Transfer> written;
    auto results = applyIn(work.db(), requests, mode, newAccounts, refused, written);
    if (!results)
        return results.error();
    if (also && !written.empty()) {
        if (auto hooked = also(work, written); !hooked)
            return hooked.error();
    }
    if (auto committed = work.commit(); !committed)
        return committed.error();
    return results;
}

void LedgerService::rememberAccounts(const AccountIds &accounts)
{
    std::lock_guard lock(m_cacheMutex);
    m_accountIds.insert(accounts.begin(), accounts.end());
}

Result<std::vector<Transfer>> LedgerService::submitLinkedIn(UnitOfWork &work, const std::vector<TransferRequest> &requests,
                                                            AccountIds *accounts)
{
    if (auto began = work.began(); !began)
        return began.error();
    for (const TransferRequest &r : requests) {
        if (r.kind == TransferKind::Posted || r.kind == TransferKind::Pending) {
            if (r.debit.asset != r.credit.asset)
                return Error{ErrorCode::InvalidInput, "transfer " + r.id + ": accounts are of different assets"};
            if (auto known = checkAsset(r.debit.asset); !known)
                return Error{known.error().code, "transfer " + r.id + ": " + known.error().message};
        }
    }
    // Accounts resolved here are not remembered yet: the caller may still
    // roll the transaction back.
    AccountIds local;
    AccountIds &newAccounts = accounts ? *accounts : local;
    bool refused = false;
    std::vector<Transfer> written;
    auto results = applyIn(work.db(), requests, Mode::Linked, newAccounts, refused, written);
    if (!results)
        return results.error();
    std::vector<Transfer> transfers;
    for (auto &r : results.value())
        transfers.push_back(std::move(r).value());
    return transfers;
}

Result<std::vector<Result<Transfer>>> LedgerService::applyIn(const QSqlDatabase &db,
                                                             const std::vector<TransferRequest> &requests, Mode mode,
                                                             std::unordered_map<std::string, std::int64_t> &newAccounts,
                                                             bool &refused, std::vector<Transfer> &toWrite)
{
    LedgerRepository repo(db, m_database.dialect());
    const std::int64_t now = m_clock.nowMs();

    // 1. Account ids for every key (created inside this transaction).
    auto idOf = [&](const AccountKey &key) -> Result<std::int64_t> {
        const std::string name = key.toString();
        {
            std::lock_guard lock(m_cacheMutex);
            if (auto it = m_accountIds.find(name); it != m_accountIds.end())
                return it->second;
        }
        if (auto it = newAccounts.find(name); it != newAccounts.end())
            return it->second;
        auto id = repo.ensureAccount(key, now);
        if (id)
            newAccounts.emplace(name, id.value());
        return id;
    };
    std::vector<Transfer> transfers;
    transfers.reserve(requests.size());
    std::vector<std::string> ids;
    std::vector<std::string> pendingIds;
    for (const TransferRequest &r : requests) {
        Transfer t;
        t.id = r.id;
        t.kind = r.kind;
        t.code = r.code;
        t.amount = r.amount;
        t.pendingId = r.pendingId;
        t.reference = r.reference;
        t.memo = r.memo;
        t.timestampMs = now;
        if (r.kind == TransferKind::Posted || r.kind == TransferKind::Pending) {
            auto debit = idOf(r.debit);
            auto credit = idOf(r.credit);
            if (!debit)
                return debit.error();
            if (!credit)
                return credit.error();
            t.debitAccountId = debit.value();
            t.creditAccountId = credit.value();
            t.asset = r.debit.asset;
        } else {
            pendingIds.push_back(r.pendingId);
        }
        ids.push_back(t.id);
        transfers.push_back(std::move(t));
    }

    // 2. What the journal already has: earlier submissions of these ids,
    //    and the holds that posts and voids name.
    auto existing = repo.findTransfers(ids);
    if (!existing)
        return existing.error();
    auto holds = repo.findHolds(pendingIds);
    if (!holds)
        return holds.error();

    // 3. Lock and load every account involved, in id order.
    std::vector<std::int64_t> accountIds;
    for (const Transfer &t : transfers) {
        if (t.debitAccountId)
            accountIds.push_back(t.debitAccountId);
        if (t.creditAccountId)
            accountIds.push_back(t.creditAccountId);
    }
    for (const PendingHold &h : holds.value()) {
        accountIds.push_back(h.debitAccountId);
        accountIds.push_back(h.creditAccountId);
    }
    auto accounts = repo.loadAccounts(accountIds, true);
    if (!accounts)
        return accounts.error();

    LedgerEngine engine;
    engine.reserve(accounts.value().size(), holds.value().size());
    for (Account &a : accounts.value())
        engine.putAccount(std::move(a));
    for (PendingHold &h : holds.value())
        engine.putPending(std::move(h));

    // 4. Apply in memory; a repeated id is compared, not applied again.
    std::vector<Result<Transfer>> results;
    results.reserve(transfers.size());
    toWrite.clear();
    std::unordered_map<std::string, size_t> writtenIndex;
    auto refuse = [&](Error error) -> bool {
        if (mode == Mode::Linked) {
            refused = true;
            return false;
        }
        results.emplace_back(std::move(error));
        return true;
    };
    for (Transfer &t : transfers) {
        const Transfer *earlier = nullptr;
        if (auto it = existing.value().find(t.id); it != existing.value().end())
            earlier = &it->second;
        else if (auto w = writtenIndex.find(t.id); w != writtenIndex.end())
            earlier = &toWrite[w->second];
        if (earlier) {
            auto completed = engine.complete(t);
            if (completed && completed.value().sameRequestAs(*earlier)) {
                results.emplace_back(*earlier);
                continue;
            }
            Error e{ErrorCode::Conflict, "transfer " + t.id + ": id already used with different fields"};
            if (!refuse(e))
                return e;
            continue;
        }
        auto applied = engine.apply(std::move(t));
        if (!applied) {
            if (!refuse(applied.error()))
                return applied.error();
            continue;
        }
        writtenIndex.emplace(applied.value().id, toWrite.size());
        toWrite.push_back(applied.value());
        results.emplace_back(std::move(applied).value());
    }

    // 5. Write the journal and the balances it changed, in one commit.
    if (!toWrite.empty()) {
        if (auto inserted = repo.insertTransfers(toWrite); !inserted)
            return inserted.error();
        std::vector<Account> touched;
        std::unordered_set<std::int64_t> seen;
        for (const Transfer &t : toWrite) {
            for (std::int64_t id : {t.debitAccountId, t.creditAccountId}) {
                if (seen.insert(id).second)
                    touched.push_back(*engine.account(id));
            }
        }
        if (auto updated = repo.updateBalances(touched); !updated)
            return updated.error();
    }
    return results;
}

} // namespace exchange::ledger
