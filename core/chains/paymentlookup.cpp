#include "core/chains/paymentlookup.h"
#include "core/base/message.h"

#include "core/chains/chainchecks.h"

namespace exchange::chains {

namespace {

std::string canonical(Chain chain, const std::string &address)
{
    auto c = chains::validateAddress(chain, address);
    return c ? c.value() : address;
}

} // namespace

Result<void> checkFunding(Chain chain, const Payment &payment, const std::string &sender,
                          const std::string &exchangeAddress, Amount sellAmount)
{
    if (!payment.confirmed)
        return makeError(ErrorCode::WrongState, MessageId::TradeFundingUnconfirmed);
    if (canonical(chain, payment.from) != canonical(chain, sender))
        return makeError(ErrorCode::NotFound, MessageId::TradeFundingNotFromSender);
    if (canonical(chain, payment.to) != canonical(chain, exchangeAddress))
        return makeError(ErrorCode::NotFound, MessageId::TradeFundingNotToExchange);
    if (!payment.otherAsset.empty())
        return makeError(ErrorCode::NotFound, MessageId::TradeFundingOtherAsset, {payment.otherAsset});
    if (payment.amount < sellAmount)
        return makeError(ErrorCode::InsufficientFunds, MessageId::TradeFundingTooLittle);
    return {};
}

} // namespace exchange::chains
