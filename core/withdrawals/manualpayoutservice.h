#pragma once
// ManualPayoutService: a large withdrawal paid outside the system from the
// warm wallet (issue 8, point 6). sendToManual() moves it to manual_payout;
// the operator later uploads the TxId of the transaction that was signed
// offline and broadcast, and uploadTxid() marks the withdrawal succeeded
// only when the chain shows that transaction confirmed and successful,
// paying the withdrawal's destination at least its amount of its asset
// from a warm wallet of that chain and asset (exctl wallet add --tier warm). Then, in one transaction:
// the txid stored (UNIQUE), the state changed, the ledger settled (holds
// posted, the amount out of warm, the network fee as an expense paid by
// warm) and an audit record. Any mismatch is refused naming what differs,
// and changes nothing; so does an unreachable node.
//
// The same TxId check ends an integrity hold as paid (releaseHeldAsPaid,
// the payment from hot); releaseHeldAsRejected ends it as not paid. Both
// are an admin's decisions after an investigation (withdrawalstate.h).
//
// The chain is asked through the trade API's payment lookups, built per
// upload from the chain settings of the moment (exctl chain set) on a
// short-lived thread of their own, unless a lookup is injected (tests).
// uploadTxid() and releaseHeldAsPaid() block until the answer (at most the lookups' timeouts), so
// it runs on a thread that may wait: the core thread or exctl's main
// thread, never the GUI thread.

#include "core/base/result.h"
#include "core/security/action.h"
#include "core/security/actor.h"
#include "core/wallets/wallet.h"
#include "core/withdrawals/withdrawalrecord.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace exchange {
class ChangeNotifier;
class Clock;
class Database;
namespace chains { class PaymentLookup; struct Payment; }
namespace ledger { class LedgerService; }
namespace security { class AuditLog; }
namespace wallets { class WalletService; }
}

namespace exchange::withdrawals {

class ManualPayoutService final
{
public:
    ManualPayoutService(Database &database, const Clock &clock, ledger::LedgerService &ledger, security::AuditLog &audit,
                        wallets::WalletService &wallets, ChangeNotifier *notifier = nullptr);

    // Where the chain is asked instead of the configured nodes (tests); null:
    // the configured nodes again. Not owned.
    void setPaymentLookup(chains::PaymentLookup *lookup) { m_lookup = lookup; }

    // To be paid outside the system from warm: where the transition table
    // allows it (under review, approved, failed). Needs the right to approve
    // withdrawals (the role as stored now) and, for a withdrawal held for
    // review, all the approvals paying it from hot would need (fullapproval.h);
    // the note (optional) is kept with it and in the audit log.
    Result<WithdrawalRecord> sendToManual(const security::Actor &actor, std::int64_t id, const std::string &note);

    // Without the network: txid's canonical spelling when it is a TxId of the
    // withdrawal's chain that no withdrawal uses yet (live validation).
    Result<std::string> checkTxid(std::int64_t id, const std::string &txid) const;

    // The withdrawal paid by txid, once the chain confirms it (see above).
    // Needs the right to upload TxIds and, like sendToManual, the approvals.
    Result<WithdrawalRecord> uploadTxid(const security::Actor &actor, std::int64_t id, const std::string &txid);

    // The warm wallets a manual payout of w may come from (canonical
    // addresses; usually one), or NotFound saying how to register one.
    Result<std::vector<std::string>> warmWallets(const WithdrawalRecord &w) const;
    // The same for the hot wallets a held withdrawal released as paid must
    // have been paid from.
    Result<std::vector<std::string>> hotWallets(const WithdrawalRecord &w) const;

    // Ending an integrity hold (withdrawalstate.h), for an admin with a
    // confirmed code after an investigation, each signed and audited in the
    // transaction of its decision.
    // Paid after all: txid (the one the signer's journal names, or another)
    // is checked on the chain as an uploaded TxId is, except that it must
    // come from a hot wallet (the signer paid it); then the withdrawal is
    // settled as a hot payout (holds posted, amount and network fee out of
    // hot) and succeeded. Unreachable node, unknown or mismatching
    // transaction: refused, nothing changed. Blocks like uploadTxid.
    Result<WithdrawalRecord> releaseHeldAsPaid(const security::Actor &actor, std::int64_t id, const std::string &txid);
    // Not paid: the holds voided (the funds are the customer's again) and
    // the withdrawal rejected with reason (required).
    Result<WithdrawalRecord> releaseHeldAsRejected(const security::Actor &actor, std::int64_t id, const std::string &reason);

    Result<WithdrawalRecord> find(std::int64_t id) const;

private:
    // How a withdrawal paid outside the payout signer is marked paid: an
    // uploaded TxId (from warm, after four eyes) or a held withdrawal
    // released as paid (from hot, by a transaction no other payout claims).
    struct PaidOutside {
        security::Action action;
        WithdrawalEvent event;
        wallets::WalletTier from;
        const char *decision;    // the signed statement's
        const char *auditAction; // the audit record's
        MessageId cannotCover;   // the paying wallet's ledger balance is short
        std::optional<MessageId> note; // the withdrawal's note (TxId, who), if any
    };
    Result<WithdrawalRecord> markPaid(const security::Actor &actor, std::int64_t id, const std::string &txid,
                                      const PaidOutside &how);
    Result<std::vector<std::string>> walletsOf(const WithdrawalRecord &w, wallets::WalletTier tier) const;
    Result<chains::Payment> lookupOnChain(const WithdrawalRecord &w, const std::string &txid,
                                         const std::string &expectedFrom) const;
    void announce(std::int64_t id);

    Database &m_database;
    const Clock &m_clock;
    ledger::LedgerService &m_ledger;
    security::AuditLog &m_audit;
    wallets::WalletService &m_wallets;
    ChangeNotifier *m_notifier;
    chains::PaymentLookup *m_lookup = nullptr;
};

} // namespace exchange::withdrawals
