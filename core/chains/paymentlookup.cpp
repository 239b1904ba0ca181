#include "core/chains/paymentlookup.h"

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
        return Error{ErrorCode::WrongState, "the funding transaction is not confirmed yet"};
    if (canonical(chain, payment.from) != canonical(chain, sender))
        return Error{ErrorCode::NotFound, "the funding transaction was not sent by sender_pk"};
    if (canonical(chain, payment.to) != canonical(chain, exchangeAddress))
        return Error{ErrorCode::NotFound, "the funding transaction did not pay the exchange's address"};
    if (payment.amount < sellAmount)
        return Error{ErrorCode::InsufficientFunds, "the funding transaction paid less than sell_amount"};
    return {};
}

} // namespace exchange::chains
