#include "core/trade/order.h"

namespace exchange::trade {

std::string_view orderStatusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Open: return "open";
    case OrderStatus::Filled: return "filled";
    case OrderStatus::Cancelled: return "cancelled";
    }
    return "open";
}

std::optional<OrderStatus> orderStatusFromName(std::string_view name)
{
    for (OrderStatus s : {OrderStatus::Open, OrderStatus::Filled, OrderStatus::Cancelled}) {
        if (orderStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace exchange::trade
