#pragma once
// FeeWalletFunding: how ether reaching a chain's fee wallet enters the
// books. The fee wallet's ledger account may never go below nothing, so a
// refuel is signed only against ether the ledger knows the fee wallet
// holds. An operator who sent ether to the fee wallet names the
// transaction; the node must show it mined, successful, with the chain's
// confirmations, paying the registered fee wallet. It is then booked once
// (its transaction id is the transfer's id): from the warm or cold wallet
// when it came from that tier's registered address, or from outside the
// wallets (equity, "fee_wallet_funding") otherwise. Audited.
//
// On Algorand the transaction is read from the indexer (GET
// /v2/transactions/{txid}: confirmed transactions only), with the
// watchers' strict reader: what its payments and closes brought the fee
// wallet, in ALGO.
//
// Synchronous (it waits for the node).

#include "core/base/result.h"
#include "core/money/amount.h"
#include "core/security/actor.h"
#include "core/wallets/wallet.h"

#include <map>
#include <optional>
#include <string>

namespace exchange {
class Clock;
class Database;
namespace algorand { class AlgodClient; }
namespace ethereum { class JsonRpcClient; }
namespace ledger { class LedgerService; }
namespace security { class AuditLog; }
}

namespace exchange::deposits {

struct FeeWalletFunded {
    std::string txid;
    std::string from;
    std::optional<wallets::WalletTier> fromTier; // warm or cold; nullopt: from outside the wallets
    Amount amount;
};

class FeeWalletFunding final
{
public:
    FeeWalletFunding(Database &database, const Clock &clock, ledger::LedgerService &ledger, security::AuditLog &audit,
                     ethereum::JsonRpcClient &node);
    FeeWalletFunding(Database &database, const Clock &clock, ledger::LedgerService &ledger, security::AuditLog &audit,
                     algorand::AlgodClient &indexer);

    // Books the Ethereum transaction `txid` as the fee wallet's funding,
    // once the node shows it `confirmations` deep. Recording the same
    // transaction again books nothing more.
    Result<FeeWalletFunded> recordEthereum(const security::Actor &actor, const std::string &txid, int confirmations);
    // The same for the Algorand transaction `txid`, as the indexer shows it.
    Result<FeeWalletFunded> recordAlgorand(const security::Actor &actor, const std::string &txid);

private:
    struct ChainWallets {
        std::optional<std::string> fee;                 // the fee wallet's address
        std::map<wallets::WalletTier, std::string> tiers; // warm's and cold's
    };
    // NotFound when the chain has no fee wallet registered.
    Result<ChainWallets> walletsOf(Chain chain) const;
    Result<FeeWalletFunded> book(const security::Actor &actor, Chain chain, const std::string &feeAddress,
                                 const FeeWalletFunded &funded);

    Database &m_database;
    const Clock &m_clock;
    ledger::LedgerService &m_ledger;
    security::AuditLog &m_audit;
    ethereum::JsonRpcClient *m_node = nullptr;
    algorand::AlgodClient *m_indexer = nullptr;
};

} // namespace exchange::deposits
