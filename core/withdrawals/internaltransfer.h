#pragma once
// InternalTransfer: the signer's settlement of a withdrawal to another
// customer's deposit address (WithdrawalRecord::internalTo), in place of a
// payout on chain. PayoutService calls it where it would sign, after the
// same PayoutAuthorization a payout passes (a genuine request, the holds,
// limits recomputed, approvals), so the customer's limits and reviews
// apply exactly as on chain.
//
// The signer decides again, from what it trusts rather than the row,
// that the destination is a customer's deposit address of the chain:
//  - Ethereum: the recorded deposit xpub's child at the wallet's index
//    (written once, checked against the vault's seed at every unlock),
//  - Algorand: the vault's seed derives it at the wallet's index,
//  - Stellar: an M-address on the account hot's vault key derives (or
//    the hot address an admin signed), whose id is an existing customer;
// and that this customer is the row's internal_to. The address-to-customer
// link is the wallet row's, as the deposit watcher credits it. A check that
// fails is a Finding: the withdrawal is held for integrity, nothing moves.
//
// One commit settles it: processing -> succeeded, both holds posted, the
// amount from clearing to the receiver's available balance (no wallet, no
// network fee: nothing moved on chain, so the collector and the
// chain-vs-ledger difference of the wallets are untouched), and an audit
// record "withdrawal.internal". The fee is the asset's withdrawal fee as
// held at request. A crash before the commit leaves it processing with its
// holds, settled on the next run; after it, it is succeeded and never taken
// again (a repeat is refused by the state and by the ledger's transfer ids).

#include "core/base/message.h"
#include "core/base/result.h"
#include "core/security/actor.h"

#include <QSqlDatabase>

#include <cstdint>
#include <optional>
#include <string>

namespace exchange {
class Clock;
class Database;
class Dialect;
namespace ledger { class LedgerService; }
namespace security { class AuditLog; class KeyVault; }
}

namespace exchange::withdrawals {

struct WithdrawalRecord;

class InternalTransfer final
{
public:
    InternalTransfer(Database &database, const Clock &clock, ledger::LedgerService &ledger, security::AuditLog &audit);

    struct Finding {
        std::string check; // "internal_destination", "internal_receiver"
        Message reason;
    };
    // Settles w (processing, internalTo set) as actor, or says why the
    // signer will not (nothing changed). An error: it could not be decided
    // or stored (nothing changed either).
    Result<std::optional<Finding>> settle(const security::KeyVault &vault, const WithdrawalRecord &w,
                                          const security::Actor &actor);

    // The customer w's destination pays in, from the addresses the signer
    // trusts; Conflict (or NotFound) saying why it is none.
    static Result<std::int64_t> trustedReceiver(const QSqlDatabase &db, const Dialect &dialect,
                                                const security::KeyVault &vault, const WithdrawalRecord &w);

private:
    Database &m_database;
    const Clock &m_clock;
    ledger::LedgerService &m_ledger;
    security::AuditLog &m_audit;
};

} // namespace exchange::withdrawals
