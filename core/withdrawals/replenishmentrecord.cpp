#include "core/withdrawals/replenishmentrecord.h"

#include <array>

namespace exchange::withdrawals {

namespace {

constexpr std::array<std::pair<ReplenishmentState, std::string_view>, 5> kNames{{
    {ReplenishmentState::Exported, "exported"},
    {ReplenishmentState::Broadcast, "broadcast"},
    {ReplenishmentState::Confirmed, "confirmed"},
    {ReplenishmentState::Failed, "failed"},
    {ReplenishmentState::Cancelled, "cancelled"},
}};

} // namespace

std::string_view replenishmentStateName(ReplenishmentState state)
{
    for (const auto &[s, name] : kNames) {
        if (s == state)
            return name;
    }
    return "unknown";
}

std::optional<ReplenishmentState> replenishmentStateFromName(std::string_view name)
{
    for (const auto &[s, n] : kNames) {
        if (n == name)
            return s;
    }
    return std::nullopt;
}

} // namespace exchange::withdrawals
