#pragma once
// PayoutService: automatic payouts of withdrawals from one chain's hot
// wallet (issue 8, point 5), through that chain's ChainPayer: its coin and
// its tokens. A token is paid only as the identity an admin signed
// (wallets::tokensInForce); while that cannot be shown, the chain's token
// payouts wait and say why, and its coin's go on.
//
// A run first follows what is stored, then takes approved withdrawals into
// processing, then signs one payout for each processing withdrawal that has
// none open, oldest first:
//  - Hot must cover amount plus the most the fee can be, after what the
//    payouts already signed and not yet decided will take from it; if not,
//    the withdrawal goes to error ("hot wallet short") and the report says
//    how much hot lacks, so the console asks to replenish. For a token the
//    two are counted apart: the token's amount against hot's token balance,
//    and the fee (with every open payout's fee and coin) against hot's coin.
//  - The signed transaction, the hot wallet's next sequence (nonce) and an
//    audit record commit together BEFORE anything is sent. A crash after
//    that commit re-sends the same bytes on the next run, never a new
//    transaction; ten payouts in a row get ten consecutive nonces even
//    before the node has seen the first.
//  - Sent: processing -> broadcast. Node unreachable: -> error, the signed
//    payout kept for the retry. Node refused it (never on chain): the payout
//    is dropped (its sequence reused) and the withdrawal goes to error.
// Following: a payout the chain decided settles in one commit: succeeded ->
// holds posted, the amount out of hot, the fee an expense, the txid on the
// withdrawal, succeeded; failed -> only the fee, the withdrawal failed (it
// is retried with a new transaction, sent to manual payout, or rejected).
// A withdrawal in error is left alone until an operator retries it. Those
// steps, each one commit with its audit record, are PayoutSteps'.
//
// The signer's journal (security::SignerJournal, outside the database, keyed
// by the exchange's id) is consulted before every signature and written
// (fsync'd) before every broadcast, a re-send of stored bytes included. When
// it disagrees with the database (SignerJournalCheck), nothing is signed:
// the withdrawal goes to held_for_integrity with an audit record naming the
// check. A journal that cannot be opened or read stops all signing and
// sending; following what is on chain goes on.
//
// Before it signs, the signer checks the withdrawal itself
// (PayoutAuthorization): its ledger hold, the signed statements about it,
// its limits decision recomputed from the ledger, and, when it needs them,
// approvals it can verify against the admin key the key vault pins. A
// withdrawal that fails is held for integrity the same way. While the vault
// pins no admin key nothing is signed at all (fail closed): the run says
// so and the queue waits, unchanged, until an admin pins theirs.
//
// Synchronous: exctl's main thread or a worker thread, never the GUI thread.

#include "core/base/result.h"
#include "core/withdrawals/payoutauthorization.h"
#include "core/money/amount.h"
#include "core/security/actor.h"
#include "core/withdrawals/chainpayer.h"
#include "core/withdrawals/hotcoverage.h"
#include "core/withdrawals/payoutreplacement.h"
#include "core/withdrawals/payoutrunreport.h"
#include "core/withdrawals/payoutsteps.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace exchange {
class ChangeNotifier;
class Clock;
class Database;
class UnitOfWork;
namespace ledger { class LedgerService; }
namespace security { class AuditLog; class KeyVault; class SignerJournal; }
namespace wallets { class WalletService; }
}

namespace exchange::withdrawals {

class PayoutAuthorization;

class PayoutService final
{
public:
    PayoutService(Database &database, const Clock &clock, ledger::LedgerService &ledger, security::AuditLog &audit,
                  wallets::WalletService &wallets, ChainPayer &payer, ChangeNotifier *notifier = nullptr);
    ~PayoutService();

    // Follows, takes approved into processing, signs and sends (the vault must
    // be unlocked to sign; locked, the run only follows and says so).
    Result<PayoutRunReport> run(const security::KeyVault &vault);
    // Only follows what is stored (sends stored payouts again); signs nothing.
    Result<PayoutRunReport> follow();
    // Follows, then replaces withdrawalId's payout on its way now (same
    // nonce, higher fee: PayoutReplacement); signs no other payout. An error
    // says why it was not replaced.
    Result<PayoutRunReport> speedUp(const security::KeyVault &vault, std::int64_t withdrawalId);
    // When payouts count as stuck and what a replacement may cost.
    void setReplacementPolicy(ReplacementPolicy policy);
    // How back-office clients' requests are verified (PayoutAuthorization);
    // without it their withdrawals are held, never paid.
    void setApiRequestCheck(PayoutAuthorization::ApiRequestCheck check) { m_apiRequests = std::move(check); }
    // The chain's assets as the last run read them, by code (for showing
    // amounts of its report).
    const std::map<std::string, Asset> &assets() const { return m_assets; }

private:
    // A run's signing part: pays waiting, then replaces stuck (newest open
    // payouts of their withdrawals); speedUp: replacing one failed is an error.
    Result<PayoutRunReport> signAll(const security::KeyVault &vault, const std::vector<WithdrawalRecord> &processing,
                                    std::optional<std::int64_t> speedUpId, PayoutRunReport report);
    Result<void> followInto(PayoutRunReport &report);
    Result<void> startApproved(PayoutRunReport &report);
    Result<void> countHeld(PayoutRunReport &report);
    // The chain's assets by code (the coin, and the token rows), read for
    // each run; only those in force are paid.
    Result<void> loadAssets();
    Result<void> payOne(const security::KeyVault &vault, PayoutAuthorization &authorization, const wallets::Wallet &hot,
                        std::int64_t withdrawalId, const Asset &asset, HotCoverage &committed, PayoutRunReport &report);
    // Whether hot covers w (amount and fee); sends w to error when not.
    Result<bool> hotCovers(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot, const Amount &maxFee,
                           const HotCoverage &committed, PayoutRunReport &report);
    // nodeHasIt: the node holds it already (pending): recorded as sent
    // without sending the bytes again.
    Result<void> sendStored(const PayoutRecord &payout, PayoutRunReport &report, bool nodeHasIt = false);
    Result<std::optional<wallets::Wallet>> hotWallet() const;
    // The journal of this exchange, opened on first use (the exchange's id
    // created when the database has none); an error says why it cannot be.
    Result<security::SignerJournal *> journal();
    // Writes payout to the journal unless it is there already; before send.
    // The customer's signed request withdrawal pays ("customer 7 request
    // abc-1"), a back-office client's ("api webapp at 1700000000
    // nonce n-1"), or "" when
    // an operator asked for it.
    Result<std::string> customerRequest(std::int64_t withdrawalId) const;
    Result<void> journaled(const PayoutRecord &payout);
    Result<void> holdForIntegrity(std::int64_t withdrawalId, const std::string &check, const std::string &journalTxid,
                                  const std::string &reason, PayoutRunReport &report);

    Database &m_database;
    PayoutAuthorization::ApiRequestCheck m_apiRequests;
    const Clock &m_clock;
    ledger::LedgerService &m_ledger;
    security::AuditLog &m_audit;
    wallets::WalletService &m_wallets;
    ChainPayer &m_payer;
    ChangeNotifier *m_notifier;
    std::unique_ptr<security::SignerJournal> m_journal;
    std::map<std::string, Asset> m_assets;
    PayoutSteps m_steps; // after m_assets: it reads them
    PayoutReplacement m_replacement;
};

} // namespace exchange::withdrawals
