#pragma once
// PayoutSteps: the steps of a payout run that move a withdrawal on what a
// payout became, each in one commit with its audit record (actor
// "payouts"), then announced:
//  - sent: the node took the payout (signed -> broadcast, the withdrawal
//    processing -> broadcast), or refused it (the payout dropped, its
//    sequence free again unless a replacement holds it, the withdrawal to
//    error);
//  - settle: the chain decided it. Succeeded: the ledger pays the hold out
//    of hot with the fee paid, the withdrawal succeeds with the txid, the
//    payout's rivals on its nonce are dropped. Failed: only the fee, the
//    withdrawal failed. Expired: dropped, the withdrawal failed;
//  - toError: a processing withdrawal goes to error with the reason.
// PayoutService decides when; these say how, so the two stay readable.

#include "core/base/result.h"
#include "core/money/asset.h"
#include "core/security/actor.h"
#include "core/withdrawals/chainpayer.h"
#include "core/withdrawals/payoutrunreport.h"
#include "core/withdrawals/withdrawalstate.h"

#include <cstdint>
#include <map>
#include <string>

namespace exchange {
class ChangeNotifier;
class Clock;
class Database;
class UnitOfWork;
namespace ledger { class LedgerService; }
namespace security { class AuditLog; }
}

namespace exchange::withdrawals {

struct WithdrawalRecord;

class PayoutSteps final
{
public:
    // assets: the chain's assets by code as the run read them (kept by the
    // caller), for the amounts of the audit records.
    PayoutSteps(Database &database, const Clock &clock, ledger::LedgerService &ledger, security::AuditLog &audit,
                const ChainPayer &payer, const std::map<std::string, Asset> &assets, ChangeNotifier *notifier);

    // After payout's bytes went to the node: `sent` is its answer (ok: it
    // took them, or held them already). Not for an unreachable node.
    Result<void> sent(const PayoutRecord &payout, const Result<void> &sent, PayoutRunReport &report);
    Result<void> settle(const PayoutRecord &payout, const PayoutStatus &status, PayoutRunReport &report);
    Result<void> toError(std::int64_t withdrawalId, WithdrawalEvent event, const std::string &note, PayoutRunReport &report);
    // The audit record of one step: the withdrawal before and after, and the
    // payout it concerns (if any), in the step's transaction.
    Result<void> record(UnitOfWork &work, const std::string &action, const WithdrawalRecord &before,
                        const WithdrawalRecord &after, const PayoutRecord *payout);
    void announce(std::int64_t withdrawalId);
    const Asset &assetNamed(const std::string &code) const;
    const security::Actor &actor() const { return m_actor; }

private:
    Database &m_database;
    const Clock &m_clock;
    ledger::LedgerService &m_ledger;
    security::AuditLog &m_audit;
    const ChainPayer &m_payer;
    const std::map<std::string, Asset> &m_assets;
    ChangeNotifier *m_notifier;
    security::Actor m_actor; // "payouts": the worker, in the audit log
};

} // namespace exchange::withdrawals
