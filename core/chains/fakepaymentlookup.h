#pragma once
// A PaymentLookup without a chain, for tests, demos and the API benchmark:
// answers from payments it was given, or (trusting mode) with a confirmed
// payment of `trustedAmount` from the expected sender to the expected
// address for any transaction id. Can pretend the node is down. A payment
// moves the asset it was added with (the chain's coin unless told): asked
// for another, it answers as the real lookups do (nothing paid, the other
// asset named).

#include "core/chains/paymentlookup.h"

#include <map>

namespace exchange::chains {

class FakePaymentLookup final : public PaymentLookup
{
public:
    void add(Chain chain, const std::string &txId, Payment payment, AssetIdentity moves = AssetIdentity::native());
    void setTrusting(Amount trustedAmount) { m_trusted = trustedAmount; }
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    int lookups() const { return m_lookups; }

    void lookup(const PaymentQuery &query, Callback done) override;

private:
    std::map<std::pair<Chain, std::string>, std::pair<Payment, AssetIdentity>> m_payments;
    Amount m_trusted;
    bool m_unavailable = false;
    int m_lookups = 0;
};

} // namespace exchange::chains
