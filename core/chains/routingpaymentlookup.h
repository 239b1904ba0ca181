#pragma once
// Sends each lookup to the chain client registered for its chain; a chain
// without one answers Unavailable (the API then says 503 and stores only the
// Log row), so a missing client never accepts an unfunded order.

#include "core/chains/paymentlookup.h"

#include <map>

namespace exchange::chains {

class RoutingPaymentLookup final : public PaymentLookup
{
public:
    void set(Chain chain, PaymentLookup *lookup) { m_lookups[chain] = lookup; }
    void lookup(const PaymentQuery &query, Callback done) override
    {
        const auto it = m_lookups.find(query.chain);
        if (it == m_lookups.end() || !it->second) {
            done(Error{ErrorCode::Unavailable, "no chain client is configured for " + std::string(chainName(query.chain))});
            return;
        }
        it->second->lookup(query, std::move(done));
    }

private:
    std::map<Chain, PaymentLookup *> m_lookups;
};

} // namespace exchange::chains
