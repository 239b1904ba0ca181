#pragma once
// The statement an admin signs when they change a customer's withdrawal
// keys (WithdrawalKeyService): which customer, what changed, and then the
// complete set of keys and the signatures required after the change, so
// that the newest statement alone says what is in force:
//
//   kind=customer.withdrawal_keys
//   customer=7
//   change=withdrawal_key.add
//   keys=stellar:GABC…,ethereum:0x5aAe…
//   required=1
//
// keys: chain:address of each key, oldest first, comma-separated (no
// address has a comma), empty for none. Stored as object ("customer", ID)
// in signed_statements, in the change's own transaction. The payout signer
// reads a customer's keys from these statements (SignedCustomerKeys), never
// from the withdrawal_keys rows.

#include "core/base/result.h"
#include "core/security/statement.h"
#include "core/withdrawals/withdrawalkey.h"

#include <QSqlDatabase>

#include <cstdint>
#include <optional>
#include <string>

namespace exchange::security { struct Actor; }

namespace exchange::withdrawals {

inline constexpr const char *kCustomerKeysKind = "customer.withdrawal_keys";

// change: the audit action, e.g. "withdrawal_key.add".
security::Statement customerKeysStatement(const WithdrawalKeyPolicy &after, const std::string &change);
// The keys and signatures required a statement of that kind states
// (addedBy and addedAtMs left empty); nullopt when it states no complete,
// well-formed set.
std::optional<WithdrawalKeyPolicy> customerKeysFrom(const security::Statement &statement);

// Signs the change into signed_statements, in the caller's transaction,
// when the actor can sign; the statement's id, or 0 when the actor cannot.
Result<std::int64_t> signCustomerKeys(const QSqlDatabase &db, const security::Actor &actor,
                                      const WithdrawalKeyPolicy &after, const std::string &change, std::int64_t nowMs);

} // namespace exchange::withdrawals
