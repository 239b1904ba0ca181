#include "core/ledger/transfer.h"

#include <array>
#include <utility>

namespace exchange::ledger {

namespace {
constexpr std::array<std::pair<TransferKind, std::string_view>, 4> kKinds{{
    {TransferKind::Posted, "posted"},
    {TransferKind::Pending, "pending"},
    {TransferKind::PostPending, "post"},
    {TransferKind::VoidPending, "void"},
}};
constexpr std::array<std::pair<TransferCode, std::string_view>, 10> kCodes{{
    {TransferCode::Deposit, "deposit"},
    {TransferCode::Collection, "collection"},
    {TransferCode::Withdrawal, "withdrawal"},
    {TransferCode::WithdrawalFee, "withdrawal_fee"},
    {TransferCode::NetworkFee, "network_fee"},
    {TransferCode::Trade, "trade"},
    {TransferCode::TradeSpread, "trade_spread"},
    {TransferCode::Replenishment, "replenishment"},
    {TransferCode::Adjustment, "adjustment"},
    {TransferCode::Refuel, "refuel"},
}};

template<typename E, size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N> &table, E value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return name;
    }
    return "unknown";
}

template<typename E, size_t N>
std::optional<E> fromName(const std::array<std::pair<E, std::string_view>, N> &table, std::string_view name)
{
    for (const auto &[v, n] : table) {
        if (n == name)
            return v;
    }
    return std::nullopt;
}
} // namespace

std::string_view transferKindName(TransferKind kind) { return nameOf(kKinds, kind); }
std::optional<TransferKind> transferKindFromName(std::string_view name) { return fromName(kKinds, name); }
std::string_view transferCodeName(TransferCode code) { return nameOf(kCodes, code); }
std::optional<TransferCode> transferCodeFromName(std::string_view name) { return fromName(kCodes, name); }

bool Transfer::sameRequestAs(const Transfer &o) const
{
    return id == o.id && kind == o.kind && code == o.code && debitAccountId == o.debitAccountId
        && creditAccountId == o.creditAccountId && asset == o.asset && amount == o.amount
        && pendingId == o.pendingId && reference == o.reference && memo == o.memo;
}

} // namespace exchange::ledger
