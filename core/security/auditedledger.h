#pragma once
// AuditedLedger: the ledger's movements that an actor makes, authorised here
// and audited in the same database transaction as the transfers (the
// ledger's AlsoInTransaction), so that a transfer and its record commit
// together or not at all. A repeated transfer id writes neither a transfer
// nor a record; a refused actor or a refused transfer writes nothing. The
// ledger itself (ledger::LedgerService) only keeps the books.

#include "core/ledger/transferrequest.h"
#include "core/base/result.h"
#include "core/security/actor.h"

#include <cstdint>
#include <string>
#include <vector>

namespace exchange::ledger {
class LedgerService;
}

namespace exchange::security {

class AuditLog;

class AuditedLedger final
{
public:
    AuditedLedger(ledger::LedgerService &ledger, AuditLog &audit);

    // An operator's correction of a customer's balance: positive credits
    // the customer, negative debits them (never below zero). The reason is
    // mandatory and stays in the journal. Needs AdjustLedger; audited as
    // "ledger.adjust" on the customer with the transfer.
    Result<ledger::Transfer> adjust(const Actor &actor, std::int64_t customerId, const std::string &asset,
                                    Amount signedAmount, const std::string &reason, const std::string &transferId);

    // All or nothing, with one audit record per transfer written (action
    // e.g. "payout", actor e.g. Actor::system("payouts")): the entry point
    // for automatic money movements, which need no permission.
    Result<std::vector<ledger::Transfer>> submitLinked(const Actor &actor,
                                                       const std::vector<ledger::TransferRequest> &requests,
                                                       const std::string &auditAction);

private:
    ledger::LedgerService &m_ledger;
    AuditLog &m_audit;
};

} // namespace exchange::security
