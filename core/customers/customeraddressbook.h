#pragma once
// CustomerAddressBook: the customer's own withdrawal addresses (000_…'s
// StellarMap), per chain, each with a label. Adding and removing is
// authorised like every customer change (ManageCustomers, with the role the
// database has now) and audited with before and after in the change's own
// transaction. A refusal changes nothing: an unknown or closed customer, an
// address not valid for its chain, one that is an exchange wallet of any
// tier (a deposit address included) or another customer's deposit address,
// one the customer has already, a label over kCustomerAddressLabelMax.
//
// Addresses are kept in their chain's canonical spelling. A Stellar M…
// (muxed) address is its own entry: it names one account inside a shared G…
// one (another exchange's customer), so listing the G… does not cover it nor
// the reverse; an M… on the exchange's own G… is refused as its wallet.
//
// A withdrawal to an address not on the list is allowed but flagged as a
// new destination (WithdrawalService asks the store's CustomerAddressRepository
// when it is requested, as the flows read customers from the store).
//
// One thread at a time (the core thread, or exctl's main thread).

#include "core/base/result.h"
#include "core/store/customeraddress.h"
#include "core/security/actor.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace exchange {
class ChangeNotifier;
class Clock;
class Database;
namespace security { class AuditLog; }
}

namespace exchange::customers {

class CustomerAddressBook final
{
public:
    CustomerAddressBook(Database &database, const Clock &clock, security::AuditLog &audit, ChangeNotifier *notifier = nullptr);

    // The address as stored (canonical spelling, trimmed label).
    Result<CustomerAddress> add(const security::Actor &actor, const QString &externalId, Chain chain,
                                const std::string &address, const QString &label);
    // NotFound (CustomerAddressNotListed) when the customer does not have it.
    Result<CustomerAddress> remove(const security::Actor &actor, const QString &externalId, Chain chain,
                                   const std::string &address);
    // Oldest first; reading needs no role.
    Result<std::vector<CustomerAddress>> list(const QString &externalId) const;
    Result<std::vector<CustomerAddress>> list(std::int64_t customerId) const;

    // Whether canonicalAddress is on the customer's list, on db (inside the
    // caller's transaction).
    static Result<bool> isListed(const QSqlDatabase &db, std::int64_t customerId, Chain chain,
                                 const std::string &canonicalAddress);

private:
    void announce(std::int64_t customerId);

    Database &m_database;
    const Clock &m_clock;
    security::AuditLog &m_audit;
    ChangeNotifier *m_notifier;
};

} // namespace exchange::customers
