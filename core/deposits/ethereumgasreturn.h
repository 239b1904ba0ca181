#pragma once
// EthereumGasReturn: sends the gas left on Ethereum deposit addresses
// (EthereumGasLeftovers, read from the node now) back to the fee wallet.
// Per address whose leftover exceeds the transfer's own fee (21,000 gas at
// the node's gas price) and the operator's minimum, one plain transfer from
// the address's key (derived from the vault's seed, checked to derive the
// address) of leftover − fee, with max fee = max priority fee = gas price,
// so that nothing stays behind. The fee wallet must be one the signer can
// verify (SignerDestinations: the address its vault key "fee:ethereum"
// derives); otherwise nothing is signed and the refusal is audited. Each
// return is a sweep to the fee tier, stored with an audit record before it
// is sent (SweepSettlement); EthereumCollector::follow sends it and books it
// once confirmed (deposit → fee, its gas a network-fee expense).
//
// Synchronous (it waits for the node): for exctl and a worker thread.

#include "core/base/result.h"
#include "core/deposits/sweepplan.h"
#include "core/security/actor.h"

#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace exchange {
class ChangeNotifier;
class Clock;
class Database;
namespace ethereum { class JsonRpcClient; }
namespace ledger { class LedgerService; }
namespace security { class AuditLog; class KeyVault; }
namespace wallets { class SignerDestinations; class WalletService; struct Wallet; }
}

namespace exchange::deposits {

struct GasReturned {
    std::string address;
    Amount amount; // what reaches the fee wallet
    Amount fee;    // the transfer's gas
    std::string txid;
};

struct GasReturnReport {
    std::vector<GasReturned> returned;  // signed and stored by this run
    std::vector<std::string> skipped;   // "address: why", one line each
    CollectionRunReport sweeps;         // what was sent and confirmed, refusals, problems
};

class EthereumGasReturn final
{
public:
    EthereumGasReturn(Database &database, const Clock &clock, ledger::LedgerService &ledger, security::AuditLog &audit,
                      wallets::WalletService &wallets, ethereum::JsonRpcClient &node, ChangeNotifier *notifier = nullptr);

    // Needs the permission of a collection run. `minimum`: leftovers below
    // it stay where they are.
    Result<GasReturnReport> run(const security::Actor &actor, const security::KeyVault &vault, const Amount &minimum);

private:
    Result<GasReturned> returnFrom(const security::Actor &actor, const security::KeyVault &vault, const std::string &address,
                                   const Amount &leftover, const wallets::Wallet &feeWallet, const Amount &gasPrice,
                                   std::uint64_t chainId, CollectionRunReport &report);
    Result<Amount> quantityOf(const QString &method, const QJsonValue &params);

    Database &m_database;
    const Clock &m_clock;
    ledger::LedgerService &m_ledger;
    security::AuditLog &m_audit;
    wallets::WalletService &m_wallets;
    ethereum::JsonRpcClient &m_node;
    ChangeNotifier *m_notifier;
};

} // namespace exchange::deposits
