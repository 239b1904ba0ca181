#pragma once
// LedgerService: the durable ledger. Every movement of value in the
// exchange goes through here as balanced transfers, idempotent by id: the
// same id with the same fields returns the original transfer, with other
// fields it is refused. A refused transfer changes nothing; a linked group
// succeeds or fails as a whole. Two writers (threads, or processes on one
// PostgreSQL) can never overdraw an account or lose an update: accounts are
// locked in id order for the length of the transaction, and conflicts are
// retried.
//
// A bookkeeper only: who may move money, and the audit record of it, are the
// business of the service that acts (AuditedLedger for operators'
// adjustments, the deposit, withdrawal and trade services for theirs). It
// gives them the transaction to write their record in.

#include "core/base/result.h"
#include "core/ledger/account.h"
#include "core/ledger/transferrequest.h"
#include "core/base/result.h"

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

    // What a caller writes in the same transaction as the transfers (its
    // audit records), after they are written and before the commit: an
    // error rolls everything back. Given only the transfers newly written,
    // and not called when there are none (every id was submitted before).
    // May run more than once when a conflict with another writer is retried.
    using AlsoInTransaction = std::function<Result<void>(UnitOfWork &work, const std::vector<Transfer> &written)>;
    // submitLinked, with also run inside its transaction.
    Result<std::vector<Transfer>> submitLinked(const std::vector<TransferRequest> &requests,
                                               const AlsoInTransaction &also);

    // An operator's correction of a customer's balance, as a request for
    // submitLinked: positive credits the customer, negative debits them
    // (never below zero, which the submission refuses). The reason is
    // mandatory and stays in the journal (memo). Who may adjust is the
    // caller's check (AuditedLedger's).
    static Result<TransferRequest> adjustment(std::int64_t customerId, const std::string &asset, Amount signedAmount,
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
    Result<std::vector<Result<Transfer>>> execute(const std::vector<TransferRequest> &requests, Mode mode,
                                                  const AlsoInTransaction &also = {});
    // refused: set when the ledger itself said no (not worth retrying).
    Result<std::vector<Result<Transfer>>> attempt(const std::vector<TransferRequest> &requests, Mode mode,
                                                  std::unordered_map<std::string, std::int64_t> &newAccounts,
                                                  bool &refused, const AlsoInTransaction &also);
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
