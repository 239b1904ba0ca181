#pragma once
// DepositAddressService: what a customer is told to pay into, per chain.
// - Ethereum: an address of their own at the next free derivation index
//   (from kFirstCustomerIndex on), derived from the recorded xpub
//   (DepositKeys), so issuing never needs the vault unlocked.
// - Algorand: the next address of the pre-derived pool.
// - Stellar: no address of their own: the hot wallet's account with the
//   customer's internal id as the memo, or the equivalent SEP-23 muxed
//   "M…" address of the same account and id (both credited to them).
// Issued once per customer and chain and never to another customer: the
// database refuses a second deposit row per customer and chain and a
// second row per chain and index; a collision with another console issuing
// at the same moment rolls back and tries again. Authorised
// (ManageCustomers) and audited in the issuing transaction; a refusal
// changes nothing.
//
// One thread at a time (the core thread, or exctl's main thread).

#include "core/base/chain.h"
#include "core/base/result.h"
#include "core/security/actor.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>

namespace exchange {
class ChangeNotifier;
class Clock;
class Database;
class UnitOfWork;
namespace security { class AuditLog; class KeyVault; }
}

namespace exchange::customers {

class DepositKeys;

struct DepositInstructions {
    Chain chain = Chain::Stellar;
    std::int64_t customerId = 0;
    std::string asset;        // the chain's native asset ("ETH", "ALGO", "XLM")
    std::string address;      // where to pay: the customer's address, or Stellar's base account
    std::string memo;         // Stellar: the memo id to give (MEMO_ID); empty elsewhere
    std::string muxedAddress; // Stellar: the M-address of the base account and the memo id
    std::optional<std::int64_t> derivationIndex;
    bool issuedNow = false;   // this call issued the address
};

// What issueAll did: addresses issued now, and active customers who had one.
struct BulkIssue {
    std::int64_t issued = 0;
    std::int64_t alreadyHad = 0;
};

class DepositAddressService final
{
public:
    DepositAddressService(Database &database, const Clock &clock, security::AuditLog &audit,
                          ChangeNotifier *notifier = nullptr);

    // The customer's address on the chain, issued now if they have none.
    // Refuses an unknown or closed customer, a chain without a hot wallet
    // or asset, Ethereum before the xpub is recorded, an empty Algorand pool.
    Result<DepositInstructions> issue(const security::Actor &actor, const QString &externalId, Chain chain);

    // An address on the chain (Ethereum or Algorand) to every active
    // customer who has none, in transactions of batchSize customers, each
    // issue audited as issue() audits it. Refuses, issuing nothing, when
    // the Algorand pool holds fewer addresses than customers lack one (a
    // failure in a later batch keeps the batches before it).
    Result<BulkIssue> issueAll(const security::Actor &actor, Chain chain, int batchSize = 200);

    // What the customer has been given, issuing nothing: nullopt on a chain
    // where nothing is issued to them yet (Stellar needs nothing issued).
    Result<std::optional<DepositInstructions>> instructions(std::int64_t customerId, Chain chain) const;

    // The process that holds the vault: after an Algorand address is issued
    // and the pool has run low, it is topped up at once while the vault is
    // unlocked (as system:deposit-pool). Without it, at the next unlock.
    void setPoolRefill(DepositKeys *keys, const security::KeyVault *vault);

private:
    // Issues the customer their address on chain (Ethereum or Algorand)
    // inside work's transaction and audits it; the existing one if they
    // have one (issuedNow false).
    Result<DepositInstructions> issueIn(UnitOfWork &work, const security::Actor &actor, std::int64_t customerId, Chain chain);
    void announce(Chain chain, std::int64_t customerId);
    void refillIfLow();

    Database &m_database;
    const Clock &m_clock;
    security::AuditLog &m_audit;
    ChangeNotifier *m_notifier;
    DepositKeys *m_refillKeys = nullptr;
    const security::KeyVault *m_refillVault = nullptr;
};

} // namespace exchange::customers
