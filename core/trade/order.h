#pragma once
// An order as 001 stores it: the seven fields a client signs, the signature,
// the derived-order link (creator), the counterparty it filled with, when it
// filled, and its status. Amounts are exact base units of each asset.

#include "core/money/amount.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace exchange::trade {

enum class OrderStatus { Open, Filled, Cancelled };

std::string_view orderStatusName(OrderStatus status);
std::optional<OrderStatus> orderStatusFromName(std::string_view name);

struct Order {
    std::int64_t id = 0;
    std::string senderPk;    // on the sell currency's chain
    std::string receiverPk;  // on the buy currency's chain
    std::string buyCurrency; // asset code ("ETH"); the API speaks platform names
    std::string sellCurrency;
    Amount buyAmount;
    Amount sellAmount;
    std::string txId;        // the funding deposit; empty for derived orders
    std::string signature;   // empty for derived orders
    std::int64_t creatorId = 0;      // the parent of a derived order
    std::int64_t counterpartyId = 0; // the order it filled with
    std::int64_t customerId = 0;     // whose ledger accounts hold its funds
    OrderStatus status = OrderStatus::Open;
    std::int64_t priority = 0;       // time priority (a derived order keeps its parent's)
    std::int64_t createdAtMs = 0;
    std::int64_t filledAtMs = 0;
    std::int64_t cancelledAtMs = 0;

    friend bool operator==(const Order &, const Order &) = default;
};

// What the API hands the trade service once the signature and the funding
// payment were checked.
struct NewOrder {
    std::string senderPk;
    std::string receiverPk;
    std::string buyCurrency;
    std::string sellCurrency;
    Amount buyAmount;
    Amount sellAmount;
    std::string txId;
    std::string signature;
};

} // namespace exchange::trade
