#pragma once
// AlgorandCollector: carries out the collections the deposit rules planned
// on Algorand, with EthereumCollector's shape and guarantees. For each
// deposit address with deposits in collection_planned it splits what can
// leave the address as CollectionPlanner says (hot up to its max, then
// warm, the rest to cold; hot's and warm's balances read from algod at the
// start of the run), signs one payment per tier with the address's key
// (algorand::depositSeed of the vault's "seed" at the wallet's derivation
// index, checked against the address before anything is signed), and
// stores the signed msgpack, the deposits' change to collecting and an
// audit record in one commit before anything is sent. Then, and on every
// later run, it sends what is stored (the same bytes again after a crash:
// algod knows them as the same transaction, never a second one) and
// follows each sweep to its confirmed round, posting the move between
// wallet tiers and the fee as a network-fee expense.
//
// A sweep is signed only to an address the signer can verify
// (wallets::SignerDestinations): hot's as its vault key derives it, warm's
// and cold's as an admin signed them. Any other plan signs nothing: the
// run's problems say why and the audit log records the check.
//
// Each sweep pays its fee out of the amount, and the address keeps algod's
// "min-balance" (an Algorand account may not go below it without closing,
// and a deposit address stays in use): what is swept is
// min(planned deposits, amount - min-balance), less one fee per sweep.
//
// ASAs (Algorand Standard Assets in force) are collected by
// AlgorandTokenCollection in the same run: deposit addresses opted in and
// their ASA deposits swept, the ALGO both need sent by the fee wallet first
// (AlgorandRefueler); follow() follows refuels, opt-ins and the ASA sweeps
// as well.
//
// Synchronous (it waits for algod): for exctl and a worker thread, never
// the GUI thread.

#include "core/base/result.h"
#include "core/deposits/collectionrecord.h"
#include "core/deposits/sweepplan.h"
#include "core/security/actor.h"
#include "core/wallets/tokensinforce.h"

#include <cstdint>
#include <string>
#include <vector>

namespace exchange {
class ChangeNotifier;
class Clock;
class Database;
namespace algorand { class AlgodClient; struct SuggestedParams; }
namespace ledger { class LedgerService; }
namespace security { class AuditLog; class KeyVault; }
namespace wallets { class SignerDestinations; class WalletService; }
}

namespace exchange::deposits {

class AlgorandCollector final
{
public:
    static constexpr const char *kSeedKey = kDepositSeedKey;
    // lastValid - firstValid: Algorand's longest validity window.
    static constexpr std::uint64_t kValidityRounds = 1000;

    // `indexer` (optional) answers whether a sweep that outlived its last
    // valid round was confirmed after all (algod forgets old rounds); with
    // none, such a sweep stays open and is reported for an operator.
    AlgorandCollector(Database &database, const Clock &clock, ledger::LedgerService &ledger, security::AuditLog &audit,
                      wallets::WalletService &wallets, algorand::AlgodClient &algod, algorand::AlgodClient *indexer = nullptr,
                      ChangeNotifier *notifier = nullptr);

    // What a run would do now (reads algod; signs nothing). The ASAs' plans
    // need the vault's pin (tokensInForce); without it they are one plan
    // that says why they wait.
    Result<std::vector<SweepPlan>> plan(const wallets::PinnedKeySource &pin = {});
    // Follows what is stored, then signs and sends the new sweeps (the vault
    // must be unlocked), then follows again.
    Result<CollectionRunReport> run(const security::Actor &actor, const security::KeyVault &vault);
    // Sends stored sweeps and follows them to confirmation; signs nothing.
    Result<void> follow(CollectionRunReport &report);

    // The fee of one sweep: max(min-fee, fee per byte x the largest size a
    // signed payment with these params can have).
    static Amount sweepFee(const algorand::SuggestedParams &params);

private:
    struct Tiers;
    Result<Tiers> readTiers();
    Result<std::vector<SweepPlan>> planWith(Tiers &tiers, const algorand::SuggestedParams &params);
    Result<void> signAndStore(const security::Actor &actor, const security::KeyVault &vault,
                              const wallets::SignerDestinations &destinations, const SweepPlan &plan, const Tiers &tiers,
                              const algorand::SuggestedParams &params, CollectionRunReport &report);
    // Whether the indexer has the transaction confirmed; nullopt: it cannot
    // tell yet (it has not indexed up to `lastValid`).
    Result<std::optional<std::uint64_t>> indexerConfirmedRound(const std::string &txid, std::uint64_t lastValid);
    Result<void> settle(const CollectionRecord &sweep, bool succeeded, const std::string &note, CollectionRunReport &report);
    // The ASAs in force, or one plan saying why they wait.
    std::vector<wallets::WatchedToken> tokens(const wallets::PinnedKeySource &pin, std::vector<SweepPlan> &plans);

    Database &m_database;
    const Clock &m_clock;
    ledger::LedgerService &m_ledger;
    security::AuditLog &m_audit;
    wallets::WalletService &m_wallets;
    algorand::AlgodClient &m_algod;
    algorand::AlgodClient *m_indexer;
    ChangeNotifier *m_notifier;
};

} // namespace exchange::deposits
