#include "core/withdrawals/signedcustomerkeys.h"

#include "core/security/adminstatements.h"
#include "core/withdrawals/customerkeysstatement.h"

#include <algorithm>

namespace exchange::withdrawals {

SignedCustomerKeys::SignedCustomerKeys(const security::TrustChain &chain,
                                       const std::vector<security::SignedStatementRecord> &statements)
{
    const auto wellFormed = [](const security::Statement &s) { return customerKeysFrom(s).has_value(); };
    for (const security::SignedStatementRecord &record : statements) {
        // Each statement on its own: the signer needs every one in force at
        // some time, not only the newest (AdminStatements' choice).
        const security::AdminStatements one(chain, {record}, kCustomerKeysKind, "customer", wellFormed);
        const auto trusted = one.newest(record.objectId);
        if (!trusted)
            continue;
        auto policy = customerKeysFrom(trusted->statement);
        m_byCustomer[policy->customerId].push_back(
            InForce{std::move(*policy), trusted->signer, trusted->signedAtMs, trusted->statementId});
    }
    for (auto &[customer, list] : m_byCustomer)
        std::sort(list.begin(), list.end(), [](const InForce &a, const InForce &b) {
            return a.signedAtMs != b.signedAtMs ? a.signedAtMs < b.signedAtMs : a.statementId < b.statementId;
        });
}

std::optional<SignedCustomerKeys::InForce> SignedCustomerKeys::at(std::int64_t customerId, std::int64_t atMs) const
{
    const auto it = m_byCustomer.find(customerId);
    if (it == m_byCustomer.end())
        return std::nullopt;
    std::optional<InForce> found;
    for (const InForce &f : it->second) {
        if (f.signedAtMs > atMs)
            break;
        found = f;
    }
    return found;
}

} // namespace exchange::withdrawals
