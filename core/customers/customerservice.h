#pragma once
// CustomerService: the customers an operator adds, edits, freezes, unfreezes,
// closes and imports, and finds. Every change is authorised (ManageCustomers:
// operators and admins, signed in as a person; cli:<user> only reads) with
// the operator's role as the database has it now, and audited with before
// and after in the change's own transaction. A refusal changes nothing.
//
// Frozen: deposits are still credited; withdrawals are not requested,
// approved or paid (WithdrawalService and PayoutService read the state).
// Closed: final, and only for a customer with nothing on any account and
// nothing held.
//
// One thread at a time (the core thread, or exctl's main thread).

#include "core/base/result.h"
#include "core/security/actor.h"
#include "core/store/customerrepository.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace exchange {
class ChangeNotifier;
class Clock;
class Database;
namespace security { class AuditLog; }
}

namespace exchange::customers {

enum class ImportOutcome { Added, Updated, Unchanged };
// "added", "updated", "unchanged".
const char *importOutcomeName(ImportOutcome outcome);

struct ImportLine {
    int line = 0;
    QString externalId;
    qint64 customerId = 0;
    ImportOutcome outcome = ImportOutcome::Unchanged;
};

class CustomerService final
{
public:
    CustomerService(Database &database, const Clock &clock, security::AuditLog &audit, ChangeNotifier *notifier = nullptr);

    // Conflict for a taken external id or email; InvalidInput for a
    // malformed external id, one of the form the database gives ("c-7"),
    // an empty name.
    Result<Customer> add(const security::Actor &actor, const QString &externalId, const QString &name, const QString &email);
    // What is given changes (an empty email removes it); WrongState for a
    // closed customer.
    Result<Customer> update(const security::Actor &actor, const QString &externalId, const std::optional<QString> &name,
                            const std::optional<QString> &email);
    // WrongState when frozen already or closed.
    Result<Customer> freeze(const security::Actor &actor, const QString &externalId);
    // WrongState unless frozen.
    Result<Customer> unfreeze(const security::Actor &actor, const QString &externalId);
    // WrongState when closed already, or while any account of theirs has a
    // balance or a hold (the first one named).
    Result<Customer> close(const security::Actor &actor, const QString &externalId);

    // All or nothing: adds or updates by external id and says per line what
    // it did; a malformed line, or a change the store refuses, refuses the
    // whole file with its line number.
    Result<std::vector<ImportLine>> import(const security::Actor &actor, const QByteArray &file);

    Result<Customer> find(qint64 id) const;
    Result<Customer> findByExternalId(const QString &externalId) const;
    Result<std::vector<Customer>> search(const CustomerQuery &query) const;
    // By what a payment names: a deposit address issued to them (any chain;
    // Ethereum's in any letter case), a Stellar memo id (their internal id)
    // or a muxed "M…" address carrying it. NotFound otherwise.
    Result<Customer> findByDepositReference(const QString &text) const;

private:
    void announce(const std::vector<qint64> &ids);

    Database &m_database;
    const Clock &m_clock;
    security::AuditLog &m_audit;
    ChangeNotifier *m_notifier;
};

} // namespace exchange::customers
