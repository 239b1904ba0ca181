#pragma once
// LedgerService: the durable ledger. Every movement of value in the
// exchange goes through here as balanced transfers, idempotent by id: the
// same id with the same fields returns the original transfer, with other
// fields it is refused. A refused transfer changes nothing; a linked group
// succeeds or fails as a whole. Two writers (threads, or processes on one
// PostgreSQL) can never overdraw an account or lose an update: accounts are
// locked in id order for the length of the transaction, and conflicts are
// retried.

#include "core/ledger/account.h"
#include "core/ledger/transferrequest.h"
#include "core/result.h"
#include "core/security/actor.h"

#include <QSqlDatabase>

#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace exchange {
class ChangeNotifier;
class UnitOfWork;
class Clock;
class Database;
}

namespace exchange::ledger {

class LedgerService final
{
public:
    LedgerService(Database &database, const Clock &clock, ChangeNotifier *notifier = nullptr);

    // One transfer. Returns it as stored (the original if the id existed).
    Result<Transfer> submit(const TransferRequest &request);
    // All or nothing.
    Result<std::vector<Transfer>> submitLinked(const std::vector<TransferRequest> &requests);
    // Each on its own, in one database transaction (for throughput): a
    // refused one does not stop the others. The outer error is for the
    // batch as a whole (database unreachable).
    Result<std::vector<Result<Transfer>>> submitEach(const std::vector<TransferRequest> &requests);

    // All or nothing, with one audit record per transfer written (action
    // e.g. "payout", actor e.g. Actor::system("payouts")) in the same
    // database transaction: the entry point for automatic money movements.
    // A repeated id writes neither a transfer nor a record.
    Result<std::vector<Transfer>> submitLinkedAudited(const security::Actor &actor,
                                                      const std::vector<TransferRequest> &requests,
                                                      const std::string &auditAction);

    // An operator's correction of a customer's balance: positive credits
    // the customer, negative debits them (never below zero). The reason is
    // mandatory and stays in the journal. Needs AdjustLedger; audited with
    // the transfer.
    Result<Transfer> adjust(const security::Actor &actor, std::int64_t customerId, const std::string &asset, Amount signedAmount,
                            const std::string &reason, const std::string &transferId);

    // All or nothing, inside the caller's transaction (e.g. a deposit row,
    // the watcher's cursor and the credit in one commit). The caller
    // commits, retries a Conflict, and announces the change.
    //
    // accounts, if given, collects the ids of the accounts resolved in the
    // transaction (and is used for the next calls in it); once the caller
    // has committed, rememberAccounts(accounts) spares later reads.
    using AccountIds = std::unordered_map<std::string, std::int64_t>;
    Result<std::vector<Transfer>> submitLinkedIn(UnitOfWork &work, const std::vector<TransferRequest> &requests,
                                                 AccountIds *accounts = nullptr);
    void rememberAccounts(const AccountIds &accounts);

    // The account's balances (zero if it was never used).
    Result<Account> account(const AccountKey &key);

private:
    enum class Mode { Linked, Each };
    // Runs in the transaction after the transfers are written, before the
    // commit (audit records); not called when nothing new was written.
    using BeforeCommit = std::function<Result<void>(const QSqlDatabase &db, const std::vector<Transfer> &written)>;
    Result<std::vector<Result<Transfer>>> execute(const std::vector<TransferRequest> &requests, Mode mode,
                                                  const BeforeCommit &beforeCommit = {});
    // refused: set when the ledger itself said no (not worth retrying).
    Result<std::vector<Result<Transfer>>> attempt(const std::vector<TransferRequest> &requests, Mode mode,
                                                  std::unordered_map<std::string, std::int64_t> &newAccounts,
                                                  bool &refused, const BeforeCommit &beforeCommit);
    // The body of a submission on an open transaction: writes the new
    // transfers (returned in toWrite) and balances, commits nothing.
    Result<std::vector<Result<Transfer>>> applyIn(const QSqlDatabase &db, const std::vector<TransferRequest> &requests,
                                                  Mode mode, std::unordered_map<std::string, std::int64_t> &newAccounts,
                                                  bool &refused, std::vector<Transfer> &toWrite);
    Result<void> checkAsset(const std::string &code);

    Database &m_database;
    const Clock &m_clock;
    ChangeNotifier *m_notifier;
    std::mutex m_cacheMutex;
    std::unordered_map<std::string, std::int64_t> m_accountIds; // key -> id; ids never change
    std::unordered_set<std::string> m_knownAssets;
};

} // namespace exchange::ledger
