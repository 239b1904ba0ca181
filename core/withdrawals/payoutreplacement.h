#pragma once
// PayoutReplacement: a payout on chain that is not mined (an Ethereum one
// stuck under a base fee that rose) is replaced by the same payment with
// the same nonce and a higher fee (ChainPayer::signReplacement: at least
// 12.5% more on both max fee and tip, the node's suggestion when higher,
// never above the asset's cap). PayoutService does it for the payout
// signer: automatically once the newest payout of a withdrawal has waited
// ReplacementPolicy::stuckAfterMs, and at once when an approver asks
// (requestSpeedUp, audited; exctl withdrawals speed-up).
//
// Stellar (StellarPayer::signReplacement) cannot replace a queued
// transaction by another with its sequence number; it wraps the pending
// payout's signed inner transaction, unchanged, in a fee bump (CAP-15) paid
// by the account that paid the inner fee (a channel of hot's pool, or hot):
// the bump and its inner share the sequence number, so at most one of them
// is applied, and Horizon finds the applied bump by either hash.
//
// The replacement is signed by the signer after the same checks as a
// first payout (PayoutAuthorization, SignerJournalCheck) and stored with
// its audit record BEFORE it is sent, like the first. Both stay open: they
// share the nonce, so the chain mines at most one. Whichever is mined
// settles the withdrawal (its fee is the one booked) and, in the same
// commit, the others become dropped ("replaced by …" / "replacement not
// mined"). A payout superseded by a later one is never sent again.
//
// Synchronous: exctl's main thread or a worker thread, never the GUI thread.

#include "core/base/chain.h"
#include "core/base/result.h"
#include "core/money/amount.h"
#include "core/security/actor.h"
#include "core/withdrawals/payoutrecord.h"

#include <QSqlDatabase>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace exchange {
class Clock;
class Database;
class Dialect;
struct Asset;
namespace security { class AuditLog; class KeyVault; class SignerJournal; }
namespace wallets { struct Wallet; }
}

namespace exchange::withdrawals {

class ChainPayer;
class PayoutAuthorization;
struct WithdrawalRecord;

struct ReplacementPolicy {
    static constexpr std::int64_t kDefaultStuckAfterMs = 10 * 60 * 1000;
    // Stellar: a payout is valid 300 s (StellarPayer::kValiditySeconds), and
    // a fee bump only helps while its time bounds last; after ten ledgers
    // without it (a ledger closes every ~5-6 s) it is stuck under a surge.
    static constexpr std::int64_t kStellarStuckAfterMs = 60 * 1000;
    // The defaults of chain's payouts: Ethereum (and the others) 10 minutes
    // and 0.05 ether; Stellar 60 s and 0.01 XLM (StellarPayer::kMaxFee).
    static ReplacementPolicy forChain(Chain chain);
    // How long the newest payout of a withdrawal may wait unmined before it
    // is replaced (0: never automatically, only when asked).
    std::int64_t stuckAfterMs = kDefaultStuckAfterMs;
    // The most a replacement's max network fee (gas limit × max fee per
    // gas, in the chain's coin) may be, by asset code; defaultCap for the
    // others.
    std::map<std::string, Amount> capByAsset;
    Amount defaultCap = Amount::fromBaseUnits(int128(50'000'000'000'000'000)); // 0.05 ether
    Amount capOf(const std::string &asset) const;
};

class PayoutReplacement final
{
public:
    PayoutReplacement(Database &database, const Clock &clock, security::AuditLog &audit, ChainPayer &payer);

    const ReplacementPolicy &policy() const { return m_policy; }
    void setPolicy(ReplacementPolicy policy) { m_policy = std::move(policy); }

    // Whether a later open payout of the same withdrawal with the same
    // sequence replaced p: p is not sent again, and settles only if mined.
    static bool superseded(const PayoutRecord &p, const std::vector<PayoutRecord> &open);
    // The newest open payout of each withdrawal that is broadcast on
    // chain (of a payer that can replace it) and has waited the policy's
    // time by nowMs, or that an approver asked to speed up since it was
    // signed (requestSpeedUp; a row anyone could write, and all it can do
    // is raise the fee within the cap).
    Result<std::vector<PayoutRecord>> stuck(const std::vector<PayoutRecord> &open, std::int64_t nowMs) const;
    // The newest open payout of a withdrawal; NotFound when it has none.
    static Result<PayoutRecord> newestOpen(const std::vector<PayoutRecord> &open, std::int64_t withdrawalId);

    // Signs and stores (with its audit record) the replacement of pending,
    // withdrawal w's newest payout, to be sent by the caller. request is
    // the signed request w pays (SignerJournalCheck). An error says why
    // nothing was stored: the withdrawal fails a check (WrongState, with the
    // finding), the cap leaves no room (InvalidInput), the node is away.
    Result<PayoutRecord> replace(const security::KeyVault &vault, PayoutAuthorization &authorization,
                                 const security::SignerJournal &journal, const wallets::Wallet &hot,
                                 const WithdrawalRecord &w, const Asset &asset, const PayoutRecord &pending,
                                 const std::string &request, const security::Actor &actor);

    // In the commit that settles mined: the other open payouts of its
    // withdrawal (its rivals on the same nonce) become dropped.
    static Result<void> dropRivals(const QSqlDatabase &db, const Dialect &dialect, const PayoutRecord &mined,
                                   std::int64_t nowMs);

    // Whether another payout of p's withdrawal with p's sequence is open.
    static Result<bool> rivalOpen(const QSqlDatabase &db, const Dialect &dialect, const PayoutRecord &p);

    // An approver asks for withdrawal id's payout to be replaced now: their
    // role checked as it is now, and the request audited. The signer does it
    // on its next run (stuck()), or at once (PayoutService::speedUp).
    static Result<void> requestSpeedUp(Database &database, security::AuditLog &audit, const security::Actor &actor,
                                       std::int64_t withdrawalId);

private:
    Database &m_database;
    const Clock &m_clock;
    security::AuditLog &m_audit;
    ChainPayer &m_payer;
    ReplacementPolicy m_policy;
};

} // namespace exchange::withdrawals
