#pragma once
// AlgorandRefueler: the transactions that make an Algorand deposit address
// ready to hold and sweep an ASA, kept in the refuels table.
//  - A refuel: the fee wallet (its key in the vault as "fee:algorand")
//    pays the address the ALGO its opt-ins (0.1 ALGO of minimum balance
//    each, and the fee) and its ASA sweeps' fees need. Signed only while
//    the fee wallet holds it and its fee above its own minimum balance on
//    chain, and in the ledger, beyond what the refuels still open take.
//  - An opt-in: the deposit address's axfer of 0 units to itself, signed
//    with its key (algorand::depositSeed of the vault's seed at the
//    wallet's index, checked against the address). It is stored as a row
//    of its own address to itself, amount 0 (isOptIn()): it has a refuel's
//    life - stored before it is sent, sent again as the same bytes,
//    followed to its round - and a refuel's one-sequence-per-sender rule.
// Every row is signed, stored and audited in one commit before it is sent;
// follow() sends the stored bytes until algod knows them (never a second
// transaction) and books what was confirmed: a refuel moves its ALGO from
// wallet:fee to wallet:deposit (the min balance stays the exchange's, on
// the address) and its fee is a network-fee expense of the fee wallet; an
// opt-in's fee is a network-fee expense of the deposit wallet.
//
// Synchronous (it waits for algod): for exctl and a worker thread.

#include "core/base/result.h"
#include "core/deposits/refuelrecord.h"
#include "core/deposits/sweepplan.h"
#include "core/security/actor.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace exchange {
class ChangeNotifier;
class Clock;
class Database;
namespace algorand { class AlgodClient; struct SuggestedParams; }
namespace ledger { class LedgerService; }
namespace security { class AuditLog; class KeyVault; }
namespace wallets { struct Wallet; }
}

namespace exchange::deposits {

// An opt-in stored in the refuels table: from the address to itself, nothing moved.
inline bool isOptIn(const RefuelRecord &r)
{
    return r.fromAddress == r.toAddress && !r.amount.isPositive();
}

class AlgorandRefueler final
{
public:
    static constexpr std::uint64_t kValidityRounds = 1000;
    // What algod adds to an account's minimum balance per ASA it holds.
    static constexpr std::uint64_t kAssetMinBalance = 100000;

    struct OptIn {
        std::string asset; // the ASA's code
        std::uint64_t asaId = 0;
    };
    // Whether the indexer shows `txid` confirmed (its round), 0: never
    // confirmed, an error: it cannot tell yet.
    using IndexerCheck = std::function<Result<std::optional<std::uint64_t>>(const std::string &txid, std::uint64_t lastValid)>;

    AlgorandRefueler(Database &database, const Clock &clock, ledger::LedgerService &ledger, security::AuditLog &audit,
                     algorand::AlgodClient &algod, ChangeNotifier *notifier = nullptr);

    // Signs and stores a payment of `amount` microalgos from the fee wallet
    // to `to`; sends nothing. NotFound: no fee key or no fee wallet;
    // Conflict: the fee key signs for another address; InvalidInput: the
    // fee wallet is short, saying of what.
    Result<RefuelRecord> signRefuel(const security::Actor &actor, const security::KeyVault &vault, const std::string &to,
                                    const std::string &forAssets, const Amount &amount,
                                    const algorand::SuggestedParams &params, const Amount &fee);
    // Signs and stores the deposit address's opt-ins (one row each, one
    // commit); sends nothing.
    Result<std::vector<RefuelRecord>> signOptIns(const security::Actor &actor, const security::KeyVault &vault,
                                                 const wallets::Wallet &depositAddress, const std::vector<OptIn> &assets,
                                                 const algorand::SuggestedParams &params, const Amount &fee);
    // Sends what is stored and books what algod shows confirmed
    // `confirmations` rounds below `lastRound`. A row past its last valid
    // round that algod no longer knows asks `indexer` (none: reported).
    Result<void> follow(int confirmations, std::uint64_t lastRound, const IndexerCheck &indexer, CollectionRunReport &report);

    // `count` first valid rounds for `sender`, counting down from the last
    // round, none in `taken` (a sender's sequences are unique per table).
    static Result<std::vector<std::uint64_t>> freeRounds(const std::set<std::int64_t> &taken, std::uint64_t lastRound,
                                                         std::size_t count);

private:
    Result<std::set<std::int64_t>> takenRounds(const std::string &sender, std::uint64_t lastRound);
    Result<void> store(const security::Actor &actor, const std::vector<RefuelRecord> &rows, const char *action);
    Result<void> settle(const RefuelRecord &row, bool succeeded, const std::string &note, CollectionRunReport &report);

    Database &m_database;
    const Clock &m_clock;
    ledger::LedgerService &m_ledger;
    security::AuditLog &m_audit;
    algorand::AlgodClient &m_algod;
    ChangeNotifier *m_notifier;
};

} // namespace exchange::deposits
