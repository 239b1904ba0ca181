#pragma once
// One record of Horizon's /accounts/{id}/payments stream (with
// join=transactions), read strictly: a native payment that succeeded and
// pays the base account (or one of its muxed M-addresses: to_muxed and
// to_muxed_id) becomes an ObservedPayment; anything else is irrelevant
// (nullopt) or malformed (an error naming the field).

#include "core/base/result.h"
#include "core/deposits/observedpayment.h"

#include <QByteArray>

#include <optional>

namespace exchange::deposits {

struct HorizonRecord {
    std::string pagingToken;
    std::optional<ObservedPayment> payment; // nullopt: not a deposit to us
};

Result<HorizonRecord> parseHorizonPayment(const QByteArray &json, const std::string &baseAccount);

} // namespace exchange::deposits
