#include "core/ledger/chartofaccounts.h"

#include <array>
#include <utility>

namespace exchange::ledger {

namespace {
constexpr std::array<std::pair<AccountKind, std::string_view>, 5> kNames{{
    {AccountKind::Customer, "customer"},
    {AccountKind::Wallet, "wallet"},
    {AccountKind::Revenue, "revenue"},
    {AccountKind::Expense, "expense"},
    {AccountKind::Equity, "equity"},
}};
} // namespace

std::string_view accountKindName(AccountKind kind)
{
    for (const auto &[k, name] : kNames) {
        if (k == kind)
            return name;
    }
    return "unknown";
}

std::optional<AccountKind> accountKindFromName(std::string_view name)
{
    for (const auto &[kind, n] : kNames) {
        if (n == name)
            return kind;
    }
    return std::nullopt;
}

bool isDebitNormal(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Wallet:
    case AccountKind::Expense: return true;
    case AccountKind::Customer:
    case AccountKind::Revenue:
    case AccountKind::Equity: return false;
    }
    return false;
}

std::uint32_t defaultFlags(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Customer: return DebitsMustNotExceedCredits;
    case AccountKind::Wallet: return CreditsMustNotExceedDebits;
    case AccountKind::Revenue:
    case AccountKind::Expense:
    case AccountKind::Equity: return NoFlags; // may go either way (refunds, corrections)
    }
    return NoFlags;
}

std::string AccountKey::toString() const
{
    return std::string(accountKindName(kind)) + ":" + owner + ":" + asset;
}

AccountKey customerAccount(std::int64_t customerId, std::string asset)
{
    return AccountKey{AccountKind::Customer, std::to_string(customerId), std::move(asset)};
}

AccountKey walletAccount(std::string_view tier, std::string asset)
{
    return AccountKey{AccountKind::Wallet, std::string(tier), std::move(asset)};
}

AccountKey revenueAccount(std::string_view source, std::string asset)
{
    return AccountKey{AccountKind::Revenue, std::string(source), std::move(asset)};
}

AccountKey expenseAccount(std::string_view source, std::string asset)
{
    return AccountKey{AccountKind::Expense, std::string(source), std::move(asset)};
}

AccountKey equityAccount(std::string_view source, std::string asset)
{
    return AccountKey{AccountKind::Equity, std::string(source), std::move(asset)};
}

} // namespace exchange::ledger
