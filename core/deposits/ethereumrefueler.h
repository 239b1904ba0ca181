#pragma once
// EthereumRefueler: the fee wallet's side of token collection on Ethereum.
// A deposit address holding a token needs ether to pay its sweeps' gas; the
// fee wallet (its key in the vault as "fee:ethereum") sends it exactly what
// the planned sweeps lack. Like a sweep or a payout, a refuel is signed and
// stored, with an audit record, in one commit before it is broadcast; every
// later pass sends the stored bytes again until the node knows them (never a
// second refuel), follows the receipt to the chain's confirmations, and
// books it: the ether moved from the fee wallet to the deposit addresses,
// and its gas as a network-fee expense. A refuel is signed only while the
// fee wallet holds it and its gas on chain and in the ledger, beyond what
// the refuels still open will take.
//
// Synchronous (it waits for the node): for exctl and a worker thread.

#include "core/base/result.h"
#include "core/deposits/refuelrecord.h"
#include "core/deposits/sweepplan.h"
#include "core/security/actor.h"

#include <QJsonValue>

#include <cstdint>
#include <string>

namespace exchange {
class ChangeNotifier;
class Clock;
class Database;
namespace ethereum { class JsonRpcClient; struct ReceiptOutcome; }
namespace ledger { class LedgerService; }
namespace security { class AuditLog; class KeyVault; }
}

namespace exchange::deposits {

class EthereumRefueler final
{
public:
    EthereumRefueler(Database &database, const Clock &clock, ledger::LedgerService &ledger, security::AuditLog &audit,
                     ethereum::JsonRpcClient &node, ChangeNotifier *notifier = nullptr);

    // Signs a refuel of `amount` to the deposit address `to` at `gasPrice`
    // and stores it; sends nothing (follow() does). NotFound when the vault
    // holds no fee key, Conflict when the fee wallet registered is another
    // address, InvalidInput when the fee wallet is short (saying of what).
    Result<RefuelRecord> sign(const security::Actor &actor, const security::KeyVault &vault, const std::string &to,
                              const std::string &forAssets, const Amount &amount, const Amount &gasPrice,
                              std::uint64_t chainId);
    // Sends what is stored, follows it to `confirmations` below `head` and
    // books what is confirmed or failed.
    Result<void> follow(int confirmations, std::int64_t head, CollectionRunReport &report);

private:
    Result<Amount> quantityOf(const QString &method, const QJsonValue &params);
    Result<void> settle(const RefuelRecord &refuel, const ethereum::ReceiptOutcome &outcome, CollectionRunReport &report);

    Database &m_database;
    const Clock &m_clock;
    ledger::LedgerService &m_ledger;
    security::AuditLog &m_audit;
    ethereum::JsonRpcClient &m_node;
    ChangeNotifier *m_notifier;
};

} // namespace exchange::deposits
