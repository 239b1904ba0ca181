#include "core/chains/fakepaymentlookup.h"
#include "core/base/message.h"

namespace exchange::chains {

void FakePaymentLookup::add(Chain chain, const std::string &txId, Payment payment, AssetIdentity moves)
{
    m_payments[{chain, txId}] = {std::move(payment), std::move(moves)};
}

void FakePaymentLookup::lookup(const PaymentQuery &query, Callback done)
{
    ++m_lookups;
    if (m_unavailable) {
        done(makeError(ErrorCode::Unavailable, MessageId::TradeNodeUnreachable));
        return;
    }
    if (auto it = m_payments.find({query.chain, query.txId}); it != m_payments.end()) {
        Payment payment = it->second.first;
        if (it->second.second != query.asset) {
            payment.otherAsset = it->second.second.isNative() ? std::string("the chain's coin") : it->second.second.describe();
            payment.amount = Amount::zero();
        }
        done(payment);
        return;
    }
    if (m_trusted.isPositive()) {
        Payment payment;
        payment.from = query.expectedFrom;
        payment.to = query.expectedTo;
        payment.amount = m_trusted;
        payment.confirmed = true;
        done(payment);
        return;
    }
    done(makeError(ErrorCode::NotFound, MessageId::TradeNoSuchTransaction));
}

} // namespace exchange::chains
