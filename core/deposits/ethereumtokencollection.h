#pragma once
// EthereumTokenCollection: the ERC-20 part of an Ethereum collection run.
// For each token in force (an admin signed its identity) and each deposit
// address with its deposits in collection_planned, it splits their total as
// CollectionPlanner says (the token's hot and warm balances read with
// balanceOf, its own hot and warm max), and sizes each sweep's gas as the
// node's estimate of that very transfer() from the address, plus a quarter.
// The address pays that gas in ether, from what it holds beyond the ether
// deposits it still owes its customers. When that is short, the fee wallet
// sends exactly the difference (EthereumRefueler), and the sweeps wait: they
// are signed only once no refuel of the address is open, so never before a
// refuel confirmed, and only while the address holds what they cost at the
// run's gas price. An address with sweeps still open signs nothing new (one
// nonce sequence per address). Each sweep is a transfer(tier, amount) from
// the address's key, stored before it is sent (SweepSettlement), and counts
// as collected only when its receipt holds the Transfer of the amount.
//
// Synchronous (it waits for the node): for exctl and a worker thread.

#include "core/base/result.h"
#include "core/deposits/sweepplan.h"
#include "core/security/actor.h"
#include "core/wallets/tokensinforce.h"
#include "core/wallets/wallet.h"

#include <cstdint>
#include <map>
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

class EthereumTokenCollection final
{
public:
    EthereumTokenCollection(Database &database, const Clock &clock, ledger::LedgerService &ledger,
                            security::AuditLog &audit, wallets::WalletService &wallets, ethereum::JsonRpcClient &node,
                            ChangeNotifier *notifier = nullptr);

    // What a run would do now for these tokens (reads the node; signs nothing).
    Result<std::vector<SweepPlan>> plan(const std::vector<wallets::WatchedToken> &tokens, const Amount &gasPrice);
    // Signs the refuels and sweeps the plan calls for; sends nothing (the
    // collector's follow does). Problems of one address go to the report.
    Result<void> run(const security::Actor &actor, const security::KeyVault &vault,
                     const wallets::SignerDestinations &destinations, const std::vector<wallets::WatchedToken> &tokens,
                     const Amount &gasPrice, std::uint64_t chainId, CollectionRunReport &report);

private:
    struct Leg {
        wallets::WalletTier tier;
        std::string to;
        Amount amount;
        std::uint64_t gasLimit = 0;
    };
    struct TokenSweeps {
        wallets::WatchedToken token;
        SweepPlan plan;
        std::vector<Leg> legs;
    };
    struct AddressPlan {
        std::string address;
        std::vector<TokenSweeps> tokens;
        Amount gasNeeded;
        Amount gasHeld;      // what the address holds beyond the ether it owes
        std::string waiting; // the whole address waits
    };
    Result<std::vector<AddressPlan>> planAll(const std::vector<wallets::WatchedToken> &tokens, const Amount &gasPrice);
    Result<Amount> tokenBalance(const std::string &contract, const std::string &address);
    Result<void> signSweeps(const security::Actor &actor, const security::KeyVault &vault,
                            const wallets::SignerDestinations &destinations, const AddressPlan &plan,
                            const Amount &gasPrice, std::uint64_t chainId, CollectionRunReport &report);
    static std::vector<SweepPlan> flatten(const std::vector<AddressPlan> &plans);

    Database &m_database;
    const Clock &m_clock;
    ledger::LedgerService &m_ledger;
    security::AuditLog &m_audit;
    wallets::WalletService &m_wallets;
    ethereum::JsonRpcClient &m_node;
    ChangeNotifier *m_notifier;
};

} // namespace exchange::deposits
