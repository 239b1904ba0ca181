#pragma once
// WithdrawalKeyService: which keys may sign a customer's withdrawal requests
// on the API, and how many of them must (M of N, as a multisig account of
// 000_… has co-signers and a threshold). Every change is an admin's, checked
// against the permission table and audited in its own transaction, and
// signed there by the admin who makes it (customerkeysstatement.h: the whole
// key set and the signatures required after it), when they can sign: the
// payout signer trusts a customer's keys only as an admin signed them. A
// change that would leave the customer needing more signatures than they
// have keys is refused, changing nothing.
//
// One thread at a time (the core thread, or exctl's main thread).

#include "core/base/result.h"
#include "core/security/actor.h"
#include "core/withdrawals/withdrawalkey.h"

#include <string_view>

namespace exchange {
class Clock;
class Database;
namespace security { class AuditLog; }
}

namespace exchange::withdrawals {

class WithdrawalKeyService final
{
public:
    WithdrawalKeyService(Database &database, const Clock &clock, security::AuditLog &audit);

    // InvalidInput for an address that is not a signing key of its chain
    // (a Stellar key is a G… account id, not an M… muxed one); NotFound for
    // an unknown customer; Conflict when it is registered already.
    Result<WithdrawalKey> add(const security::Actor &actor, std::int64_t customerId, Chain chain, std::string_view address);
    // NotFound when not registered; WrongState when the rest would be fewer
    // than the signatures required.
    Result<void> remove(const security::Actor &actor, std::int64_t customerId, Chain chain, std::string_view address);
    // 1 to the number of keys registered (1 is allowed with none).
    Result<void> require(const security::Actor &actor, std::int64_t customerId, int required);
    // NotFound for an unknown customer.
    Result<WithdrawalKeyPolicy> policy(std::int64_t customerId) const;

    // The stored spelling of a signing key, or why it is not one.
    static Result<std::string> canonicalKey(Chain chain, std::string_view address);

private:
    Database &m_database;
    const Clock &m_clock;
    security::AuditLog &m_audit;
};

} // namespace exchange::withdrawals
