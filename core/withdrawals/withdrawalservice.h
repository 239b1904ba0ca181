#pragma once
// WithdrawalService: the request and review half of issue 8. A request is
// validated, checked against the 24h/72h limits, held in the ledger (the
// amount towards a clearing account, the fee towards revenue, linked) and stored with an
// audit record, all in one transaction: a request the balance cannot cover
// leaves no row, no hold and no record. Review moves it on through the
// transition table of withdrawalstate.h only: four eyes above the asset's
// threshold, nobody approves their own request, reject and cancel void
// both holds in the transaction that changes the state. Every decision
// locks the withdrawal first: of two operators deciding at the same moment
// one wins and the other is refused naming who decided (WithdrawalDecisionLog).
//
// One thread at a time (the core thread, or exctl's main thread).

#include "core/base/result.h"
#include "core/money/amount.h"
#include "core/security/action.h"
#include "core/security/actor.h"
#include "core/withdrawals/withdrawalrecord.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace exchange {
struct AssetRecord;
class ChangeNotifier;
class Clock;
class Database;
class UnitOfWork;
namespace ledger { class LedgerService; }
namespace security { class AuditLog; }
}

namespace exchange::withdrawals {

class WithdrawalService final
{
public:
    WithdrawalService(Database &database, const Clock &clock, ledger::LedgerService &ledger, security::AuditLog &audit,
                      ChangeNotifier *notifier = nullptr);

    // What a caller stores with a request in the same transaction (the API
    // keeps the client's request id, so a replay can never make a second
    // withdrawal); an error rolls the whole request back.
    using AlsoInTransaction = std::function<Result<void>(UnitOfWork &, const WithdrawalRecord &)>;

    // A customer's withdrawal to destination (any accepted spelling; stored
    // canonical). InvalidInput for a non-positive amount, an unknown asset
    // or an address not of the asset's chain; NotFound for an unknown
    // customer; InsufficientFunds when amount plus fee is not available.
    Result<WithdrawalRecord> request(const security::Actor &actor, std::int64_t customerId, const std::string &asset,
                                     const std::string &destination, Amount amount,
                                     const AlsoInTransaction &also = {});

    // One request of requestAll: request()'s arguments.
    struct NewRequest {
        security::Actor actor;
        std::int64_t customerId = 0;
        std::string asset;
        std::string destination;
        Amount amount;
        AlsoInTransaction also;
    };
    // Several requests in one transaction and one durable commit (a group
    // commit, for the API's many at once), each decided exactly as
    // request() decides it, in order, each seeing the ones before it (a
    // customer's second withdrawal counts the first against the limits).
    // Each runs in a savepoint of its own: one refused (funds, a frozen
    // customer, what its `also` refuses) leaves nothing of itself and the
    // others stand. A failure of the store itself fails them all with the
    // same error, and nothing is written. The answers are in the requests'
    // order.
    std::vector<Result<WithdrawalRecord>> requestAll(const std::vector<NewRequest> &requests);
    // One approval; the final one (the second above the asset's threshold)
    // moves it to approved.
    Result<WithdrawalRecord> approve(const security::Actor &actor, std::int64_t id);
    // Funds back to the customer; the reason is required.
    Result<WithdrawalRecord> reject(const security::Actor &actor, std::int64_t id, const std::string &reason);
    // Funds back, before anything can have been signed.
    Result<WithdrawalRecord> cancel(const security::Actor &actor, std::int64_t id);
    // error or failed back to processing: the payout worker takes it again
    // (re-sending a stored signed transaction after error, signing a new one
    // after the chain said the last one failed). Needs an approver's role.
    Result<WithdrawalRecord> retry(const security::Actor &actor, std::int64_t id);

    // Above threshold a withdrawal of asset needs two approvers; none: one.
    Result<void> setTwoApproversAbove(const security::Actor &actor, const std::string &asset, std::optional<Amount> threshold);
    Result<std::optional<Amount>> twoApproversAbove(const std::string &asset) const;
    // On: a withdrawal of asset to an address not on the customer's list
    // waits for review ("new destination"); off (the default): it is only
    // flagged. Signed and audited like the four-eyes amount.
    Result<void> setReviewNewDestinations(const security::Actor &actor, const std::string &asset, bool on);
    Result<bool> reviewNewDestinations(const std::string &asset) const;

    Result<std::vector<WithdrawalRecord>> list(const WithdrawalFilter &filter) const;
    Result<WithdrawalRecord> find(std::int64_t id) const;
    Result<std::vector<WithdrawalApproval>> approvals(std::int64_t id) const;

private:
    struct Checked; // a request's asset and canonical destination
    // What request() checks before its transaction; assets: those looked
    // up so far, by code (a batch reads each asset once).
    Result<Checked> check(const NewRequest &r, std::map<std::string, Result<AssetRecord>> &assets) const;
    // request()'s work inside the transaction; accounts: the ledger's
    // account ids resolved so far in it, and those this resolves.
    Result<WithdrawalRecord> requestIn(UnitOfWork &work, const NewRequest &r, const Checked &checked,
                                       std::unordered_map<std::string, std::int64_t> &accounts);
    // Rejected and cancelled end the same way: state changed, holds voided.
    // Authorised for action with the actor's role as stored now.
    Result<WithdrawalRecord> release(const security::Actor &actor, security::Action action, std::int64_t id,
                                     WithdrawalEvent event, const std::string &note, const std::string &auditAction);
    void announce(std::int64_t id);

    Database &m_database;
    const Clock &m_clock;
    ledger::LedgerService &m_ledger;
    security::AuditLog &m_audit;
    ChangeNotifier *m_notifier;
};

} // namespace exchange::withdrawals
