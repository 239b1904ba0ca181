#include "core/store/customer.h"

namespace exchange {

std::string_view customerStateName(CustomerState state)
{
    switch (state) {
    case CustomerState::Active: return "active";
    case CustomerState::Frozen: return "frozen";
    case CustomerState::Closed: return "closed";
    }
    return "active";
}

std::optional<CustomerState> customerStateFromName(std::string_view name)
{
    for (CustomerState s : {CustomerState::Active, CustomerState::Frozen, CustomerState::Closed}) {
        if (customerStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace exchange
