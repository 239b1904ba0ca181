#pragma once
// AlgorandTokenCollection: the ASA part of an Algorand collection run, with
// EthereumTokenCollection's rules. For each ASA in force (an admin signed
// its identity) and each Algorand deposit address (tier deposit, with a
// derivation index):
//  - an address that has not opted in to the ASA gets its opt-in: an axfer
//    of 0 to itself signed with its own key (AlgorandRefueler::signOptIns);
//  - the ASA's deposits in collection_planned are split as
//    CollectionPlanner says (the tiers' holdings of the ASA read from
//    algod, the ASA's own hot and warm max) and swept as one axfer per
//    tier from the address's key, stored before they are sent
//    (SweepSettlement) and followed by AlgorandCollector::follow. A tier
//    that has not opted in to the ASA receives nothing (the plan waits).
// Both cost ALGO the address pays: each opt-in 0.1 ALGO of minimum balance
// and its fee, each sweep its fee. The address pays them from what it holds
// above its minimum balance beyond the ALGO deposits it still owes; when
// that is short, the fee wallet sends exactly the difference
// (AlgorandRefueler::signRefuel) and the address waits: nothing is signed
// from an address while a refuel, opt-in or sweep of it is still open, so
// never before a refuel confirmed, and never a second refuel for one need.
//
// Synchronous (it waits for algod): for exctl and a worker thread.

#include "core/base/result.h"
#include "core/deposits/algorandrefueler.h"
#include "core/deposits/sweepplan.h"
#include "core/security/actor.h"
#include "core/wallets/tokensinforce.h"
#include "core/wallets/wallet.h"

#include <cstdint>
#include <map>
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

class AlgorandTokenCollection final
{
public:
    AlgorandTokenCollection(Database &database, const Clock &clock, ledger::LedgerService &ledger, security::AuditLog &audit,
                            wallets::WalletService &wallets, algorand::AlgodClient &algod, ChangeNotifier *notifier = nullptr);

    // What a run would do now for these ASAs (reads algod; signs nothing):
    // a plan per ASA sweep, and one per opt-in missing (asset: the ASA,
    // waiting: that it is missing).
    Result<std::vector<SweepPlan>> plan(const std::vector<wallets::WatchedToken> &tokens, const algorand::SuggestedParams &params);
    // Signs the refuels, opt-ins and sweeps the plan calls for; sends
    // nothing (the collector's follow does). One address's problems go to
    // the report.
    Result<void> run(const security::Actor &actor, const security::KeyVault &vault,
                     const wallets::SignerDestinations &destinations, const std::vector<wallets::WatchedToken> &tokens,
                     const algorand::SuggestedParams &params, CollectionRunReport &report);

    // How many Algorand deposit addresses (tier deposit, with a derivation
    // index) there are and, per ASA of tokens by its code, how many of them
    // have not opted in yet: what the next run opts in. Reads algod once
    // per address; signs and records nothing.
    struct OptInCount {
        int addresses = 0;
        std::map<std::string, int> missing;
    };
    Result<OptInCount> countMissingOptIns(const std::vector<wallets::WatchedToken> &tokens);

    // algod's fee rule for the largest asset transfer these params allow:
    // one fee for every opt-in and ASA sweep of a run.
    static Amount assetFee(const algorand::SuggestedParams &params);

private:
    struct Leg {
        wallets::WalletTier tier;
        std::string to;
        Amount amount;
    };
    struct TokenSweeps {
        wallets::WatchedToken token;
        SweepPlan plan;
        std::vector<Leg> legs;
    };
    struct AddressPlan {
        wallets::Wallet wallet;
        std::vector<AlgorandRefueler::OptIn> optIns;
        std::vector<SweepPlan> optInPlans;
        std::vector<TokenSweeps> tokens;
        Amount needed; // ALGO the opt-ins and sweeps cost
        int128 held = 0; // ALGO above the minimum balance beyond what it owes (may be negative: an empty account)
    };
    Result<std::vector<AddressPlan>> planAll(const std::vector<wallets::WatchedToken> &tokens,
                                             const algorand::SuggestedParams &params);
    Result<void> signSweeps(const security::Actor &actor, const security::KeyVault &vault,
                            const wallets::SignerDestinations &destinations, const AddressPlan &plan,
                            const algorand::SuggestedParams &params, CollectionRunReport &report);
    static std::vector<SweepPlan> flatten(const std::vector<AddressPlan> &plans);

    Database &m_database;
    const Clock &m_clock;
    ledger::LedgerService &m_ledger;
    security::AuditLog &m_audit;
    wallets::WalletService &m_wallets;
    algorand::AlgodClient &m_algod;
    ChangeNotifier *m_notifier;
};

} // namespace exchange::deposits
