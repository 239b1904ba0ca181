#pragma once
// DepositService: turns payments seen on a chain into deposits, exactly
// once. A payment is keyed by (chain, txid, index); recording it, booking it
// in the ledger and saving the watcher's cursor commit in one transaction,
// so a crash at any point neither loses nor doubles a deposit.
//
// The rules of 002_…: below the asset's min deposit a payment is recorded as
// ignored and no customer is credited; otherwise the customer is credited
// (a payment with no known customer waits, unattributed, for an operator to
// assign it); once the credited total on a deposit address reaches min
// collection, those deposits are planned for collection. Every booking is
// in the ledger: ignored and unattributed funds are held in the wallets too.
//
// One thread at a time (the core thread, or exctl's main thread): an ingest
// keeps what it looked up for its batch in a member.

#include "core/base/result.h"
#include "core/deposits/depositrecord.h"
#include "core/deposits/observedpayment.h"
#include "core/wallets/tokensinforce.h"
#include "core/ledger/transferrequest.h"
#include "core/security/actor.h"
#include "core/store/assetsettings.h"
#include "core/wallets/wallet.h"

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class QSqlDatabase;

namespace exchange {
class ChangeNotifier;
class Clock;
class Database;
class UnitOfWork;
namespace ledger { class LedgerService; }
namespace security { class AuditLog; }
}

namespace exchange::deposits {

class DepositRepository;

struct IngestReport {
    int recorded = 0;     // new deposits
    int duplicates = 0;   // seen before, nothing to do
    int skipped = 0;      // not to a deposit address (Stellar: the base account), from an exchange wallet, or an asset not configured
    int mismatched = 0;   // same key as a recorded deposit but other facts: refused, logged
    int pending = 0;      // waiting for confirmations
    int credited = 0;
    int ignored = 0;
    int unattributed = 0;
    // Of those unattributed: to an Ethereum deposit wallet whose address is
    // not the recorded xpub's child at its index (or no xpub is recorded).
    int notDerived = 0;
    int plannedForCollection = 0;
};

class DepositService final
{
public:
    DepositService(Database &database, const Clock &clock, ledger::LedgerService &ledger, security::AuditLog &audit,
                   ChangeNotifier *notifier = nullptr);
    ~DepositService();
    DepositService(const DepositService &) = delete;
    DepositService &operator=(const DepositService &) = delete;

    // Where the key vault's pinned admin key is read: without it (or with
    // the vault locked) no token deposit is credited and a chain with
    // token assets is not read (tokensinforce.h). Set before the watchers
    // start.
    void setPinnedKeySource(wallets::PinnedKeySource pin) { m_pin = std::move(pin); }
    // The chain's tokens to read deposits of (empty: none configured), or
    // why they cannot be trusted now.
    Result<std::vector<wallets::WatchedToken>> tokensInForce(Chain chain) const;

    // The watchers' path: payments and, optionally, the cursor that
    // produced them, in one commit. A token payment whose token is not the
    // signed identity of its asset fails the whole batch (nothing is
    // recorded, the cursor stays).
    Result<IngestReport> ingest(const std::vector<ObservedPayment> &payments, const std::optional<CursorUpdate> &cursor);
    // An operator recording a payment by hand (recovery): the same rules,
    // audited.
    Result<DepositRecord> ingestManually(const security::Actor &actor, const ObservedPayment &payment);
    // Credits an unattributed deposit to a customer (audited).
    Result<DepositRecord> assign(const security::Actor &actor, std::int64_t depositId, std::int64_t customerId);

    Result<std::vector<DepositRecord>> list(const DepositFilter &filter) const;
    Result<std::optional<std::string>> cursor(const std::string &name) const;
    // Moves a watcher's cursor by hand, e.g. back to rescan from an earlier
    // block (harmless: a deposit is recorded once whatever is read twice).
    // Audited.
    Result<void> setCursor(const security::Actor &actor, const CursorUpdate &cursor);

private:
    Result<IngestReport> ingestOnce(const std::vector<ObservedPayment> &payments, const std::optional<CursorUpdate> &cursor,
                                    const security::Actor *manualActor, std::optional<std::int64_t> *lastId);
    Result<void> ingestOne(UnitOfWork &work, const ObservedPayment &payment, IngestReport &report,
                           std::optional<std::int64_t> *recordedId);
    Result<void> planCollections(UnitOfWork &work, const DepositRecord &deposit, const wallets::Wallet &wallet,
                                 const AssetRecord &asset, IngestReport &report);
    // Whether the tokens a watcher read with are still those in force.
    Result<void> sameTokensInForce(UnitOfWork &work, Chain chain, std::vector<wallets::WatchedToken> read);
    // Whether a customer's deposit wallet names an address the exchange's
    // seed controls, as far as can be told without the vault: on Ethereum,
    // the recorded xpub's child at the wallet's derivation index. A row
    // that names another address (written by someone with SQL) credits
    // nobody: a customer would be paid for money the exchange cannot move.
    Result<bool> derivedFromTheSeed(const QSqlDatabase &db, const wallets::Wallet &wallet);

    // What one ingest transaction has looked up already.
    struct BatchCache {
        std::unordered_map<std::string, std::optional<AssetRecord>> assets;
        std::unordered_map<std::string, std::optional<wallets::Wallet>> wallets;
        std::unordered_map<std::int64_t, bool> customers;
        std::unordered_map<std::int64_t, bool> derived; // deposit wallet id -> derivedFromTheSeed
        std::unordered_map<std::string, std::int64_t> accounts;
        std::unordered_map<int, std::vector<wallets::WatchedToken>> tokens; // by Chain, read once per batch
        std::vector<ledger::TransferRequest> postings; // the batch's ledger bookings, submitted together
        std::unique_ptr<DepositRepository> deposits;   // its statements prepared once per batch
    };
    BatchCache m_batch;

    Database &m_database;
    const Clock &m_clock;
    ledger::LedgerService &m_ledger;
    security::AuditLog &m_audit;
    ChangeNotifier *m_notifier;
    wallets::PinnedKeySource m_pin;
};

} // namespace exchange::deposits
