#pragma once
// SignedCustomerKeys: a customer's withdrawal keys and the signatures they
// require as admins signed them (customerkeysstatement.h), not as the
// withdrawal_keys rows say. A statement counts when AdminStatements would
// take it: a good signature by a key that chains to the vault's pinned admin
// key (TrustChain), of an operator who was an admin when they signed, naming
// the customer it is stored for and stating a complete key set. The payout
// signer asks which keys were in force when a request was made:
//
//   SignedCustomerKeys keys(chain, store.forObject("customer", "7").value());
//   auto inForce = keys.at(customerId, requestedAtMs); // nullopt: none signed

#include "core/security/signedstatements.h"
#include "core/withdrawals/withdrawalkey.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace exchange::security { class TrustChain; }

namespace exchange::withdrawals {

class SignedCustomerKeys final
{
public:
    struct InForce {
        WithdrawalKeyPolicy policy;
        std::string signer; // the admin's username as their key registration names it
        std::int64_t signedAtMs = 0;
        std::int64_t statementId = 0;
    };

    // statements: the signed_statements of kind customer.withdrawal_keys,
    // any order; the others are skipped.
    SignedCustomerKeys(const security::TrustChain &chain, const std::vector<security::SignedStatementRecord> &statements);

    // The newest trusted statement of the customer signed at or before atMs.
    std::optional<InForce> at(std::int64_t customerId, std::int64_t atMs) const;

private:
    std::map<std::int64_t, std::vector<InForce>> m_byCustomer; // oldest first
};

} // namespace exchange::withdrawals
