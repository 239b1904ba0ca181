#pragma once
// EthereumCollector: carries out the collections the deposit rules planned
// on Ethereum. For each deposit address with deposits in collection_planned
// it splits their total as CollectionPlanner says (hot up to its max, then
// warm, the rest to cold; the balances of hot and warm read from the node
// at the start of the run), signs one EIP-1559 sweep per tier with the
// address's key (derived from the vault's "seed" at m/44'/60'/0'/0/i), and
// stores the signed bytes, the deposits' change to collecting and an audit
// record in one commit before anything is broadcast. Then, and on every
// later run, it sends what is stored (the same bytes again after a crash:
// never a second transaction) and follows each sweep to the chain's
// confirmations, posting the move between wallet tiers and the gas it cost
// as a network-fee expense. The gas comes out of the swept amount: with
// max fee = max priority fee = the node's gas price, a 21,000-gas transfer
// costs exactly its maximum, so nothing is left behind.
//
// A sweep is signed only to an address the signer can verify
// (wallets::SignerDestinations): hot's as its vault key derives it, warm's
// and cold's as an admin signed them. Any other plan signs nothing: the
// run's problems say why and the audit log records the check.
//
// A sweep or refuel broadcast but not mined after the policy's time is
// replaced on its nonce with a higher fee (EthereumSweepReplacement, stored
// before sent); whichever of the two the chain mines is booked.
//
// Tokens (ERC-20) are collected by EthereumTokenCollection in the same run,
// with their gas sent by the fee wallet (EthereumRefueler) first; follow()
// follows refuels and the tokens' sweeps as well.
//
// Synchronous (it waits for the node): for exctl and a worker thread, never
// the GUI thread.

#include "core/base/result.h"
#include "core/deposits/collectionrecord.h"
#include "core/deposits/ethereumsweepreplacement.h"
#include "core/deposits/sweepplan.h"
#include "core/security/actor.h"
#include "core/wallets/collectionplanner.h"
#include "core/wallets/tokensinforce.h"

#include <QJsonValue>

#include <optional>
#include <string>
#include <vector>

namespace exchange {
class ChangeNotifier;
class Clock;
class Database;
namespace ethereum { class JsonRpcClient; }
namespace ledger { class LedgerService; }
namespace security { class AuditLog; class KeyVault; }
namespace wallets { class SignerDestinations; class WalletService; }
}

namespace exchange::deposits {

class EthereumCollector final
{
public:
    static constexpr const char *kSeedKey = kDepositSeedKey;
    static constexpr std::uint64_t kTransferGas = 21000;

    EthereumCollector(Database &database, const Clock &clock, ledger::LedgerService &ledger, security::AuditLog &audit,
                      wallets::WalletService &wallets, ethereum::JsonRpcClient &node, ChangeNotifier *notifier = nullptr);

    // What a run would do now (reads the node; signs nothing). The tokens'
    // plans need the vault's pin (tokensInForce); without it they are one
    // plan that says why they wait.
    Result<std::vector<SweepPlan>> plan(const wallets::PinnedKeySource &pin = {});
    // When a broadcast sweep or refuel is replaced (EthereumSweepReplacement).
    const SweepReplacementPolicy &replacementPolicy() const { return m_replacementPolicy; }
    void setReplacementPolicy(SweepReplacementPolicy policy) { m_replacementPolicy = std::move(policy); }

    // Follows what is stored, replaces the sweeps and refuels stuck on chain
    // (signed and stored first), then signs and sends the new sweeps (the
    // vault must be unlocked), then follows again.
    Result<CollectionRunReport> run(const security::Actor &actor, const security::KeyVault &vault);
    // Sends stored sweeps and follows them to confirmation; signs nothing.
    Result<void> follow(CollectionRunReport &report);

private:
    struct Tiers;
    Result<Tiers> readTiers();
    Result<std::vector<SweepPlan>> planWith(Tiers &tiers, const Amount &gasPrice);
    Result<void> signAndStore(const security::Actor &actor, const security::KeyVault &vault,
                              const wallets::SignerDestinations &destinations, const SweepPlan &plan, const Tiers &tiers,
                              const Amount &gasPrice, std::uint64_t chainId, CollectionRunReport &report);
    Result<void> settle(const CollectionRecord &sweep, const QJsonValue &receipt, CollectionRunReport &report);
    // The tokens in force, or one plan saying why the tokens wait.
    std::vector<wallets::WatchedToken> tokens(const wallets::PinnedKeySource &pin, std::vector<SweepPlan> &plans);
    Result<Amount> quantityOf(const QString &method, const QJsonValue &params);

    Database &m_database;
    const Clock &m_clock;
    ledger::LedgerService &m_ledger;
    security::AuditLog &m_audit;
    wallets::WalletService &m_wallets;
    ethereum::JsonRpcClient &m_node;
    ChangeNotifier *m_notifier;
    SweepReplacementPolicy m_replacementPolicy;
};

} // namespace exchange::deposits
