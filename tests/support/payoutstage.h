#pragma once
// PayoutStage: a payout signer's world for a test, on this run's backend,
// set up as a real exchange's is (DESIGN.md: "Trust the signer, not the
// rows"; nothing is signed without a pinned admin key): a fresh database,
// the ledger, audit, wallet, key vault and withdrawal services, hot
// registered on Stellar (kHot), Ada, a customer with 5000 XLM in the ledger
// (arrived in hot), a ScriptedPayer and the PayoutService over it, and the
// signer's journal in a directory of its own. TestSigners: root, the first
// admin, creates the vault, which pins root's key, and signs XLM's settings;
// sam (operator) requests and signs his requests; olga and pete (approvers)
// approve; root registered all three keys. Pin::None makes the vault
// without a pin instead (cli:tester creates it): the exchange that signs
// nothing until root pins (unlocks the vault) and registers their own key.
// Made in a test's init(); failure() says why the backend is not there.

#include "core/money/asset.h"
#include "core/security/actor.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace exchange {
class Database;
class ManualClock;
namespace ledger { class LedgerService; }
namespace security { class AuditLog; class KeyVault; }
namespace wallets { class WalletService; }
namespace withdrawals { class PayoutService; class ScriptedPayer; class WithdrawalService; }
}
class TestDatabase;
class TestSigners;

class PayoutStage final
{
public:
    // SEP-0023's example account as hot; a destination from the same document.
    static constexpr const char *kHot = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
    static constexpr const char *kDestination = "GDQP2KPQGKIHYJGXNUIYOMHARUARCA7DJT5FO2FFOOKY3B2WSQHG4W37";
    static constexpr const char *kPassphrase = "test vault passphrase";

    // XLM's settings as root signs them.
    struct Limits {
        std::string withdrawFee = "0.01";
        std::string limit24h = "100000";
        std::string limit72h = "100000";
        std::optional<std::string> twoApproversAbove; // none: one approver is enough
        // false: root signs nothing; the values are written to the assets
        // row by SQL only (an exchange whose admin never saved them).
        bool signedByRoot = true;
    };
    enum class Pin { RootsKey, None };

    explicit PayoutStage(exchange::ManualClock &clock); // Limits() and Pin::RootsKey
    PayoutStage(exchange::ManualClock &clock, const Limits &limits, Pin pin = Pin::RootsKey);
    ~PayoutStage();
    PayoutStage(const PayoutStage &) = delete;
    PayoutStage &operator=(const PayoutStage &) = delete;

    // Empty when the stage is set; else why not (QFAIL it).
    QString failure() const { return m_failure; }

    exchange::Database &db() { return *m_db; }
    exchange::ledger::LedgerService &ledger() { return *m_ledger; }
    exchange::security::AuditLog &audit() { return *m_audit; }
    exchange::wallets::WalletService &wallets() { return *m_wallets; }
    exchange::security::KeyVault &vault() { return *m_vault; }
    exchange::withdrawals::WithdrawalService &withdrawals() { return *m_withdrawals; }
    exchange::withdrawals::ScriptedPayer &chain() { return *m_chain; }
    exchange::withdrawals::PayoutService &payouts() { return *m_payouts; }
    TestSigners &signers() { return *m_signers; }
    QString journalDirectory() const { return m_journalDir.path(); }

    std::int64_t ada() const { return m_ada; }
    // sam, signed in and confirmed once: whose requests the signer trusts.
    const exchange::security::Actor &clerk() const { return m_clerk; }
    // root with a fresh code (the clock moves 30 s).
    exchange::security::Actor admin();

    // sam's signed request for Ada of amount XLM to kDestination; the
    // clock moves 1 s after it. Fails the process when refused.
    std::int64_t request(const char *amount);
    // The same for an amount (in the asset's own decimals) of another asset.
    std::int64_t request(const char *amount, const exchange::Asset &asset);

    // A token of Stellar added and its identity and settings signed by root
    // (AuditedAssets, AuditedSettings: the limits of XLM's), with Ada's
    // balance of it in the ledger (arrived in hot) as deposited.
    void addToken(const exchange::Asset &token, const char *adaHolds);

    // The signer's process started afresh on the same database and journal
    // directory: a new key vault object (locked, as found) and a new
    // PayoutService over the same chain.
    void restart();

private:
    QTemporaryDir m_journalDir;
    exchange::ManualClock &m_clock;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<exchange::Database> m_db;
    std::unique_ptr<exchange::ledger::LedgerService> m_ledger;
    std::unique_ptr<exchange::security::AuditLog> m_audit;
    std::unique_ptr<exchange::wallets::WalletService> m_wallets;
    std::unique_ptr<exchange::security::KeyVault> m_vault;
    std::unique_ptr<exchange::withdrawals::WithdrawalService> m_withdrawals;
    std::unique_ptr<exchange::withdrawals::ScriptedPayer> m_chain;
    std::unique_ptr<exchange::withdrawals::PayoutService> m_payouts;
    std::unique_ptr<TestSigners> m_signers;
    std::int64_t m_ada = 0;
    exchange::security::Actor m_clerk;
    QString m_failure;
};
