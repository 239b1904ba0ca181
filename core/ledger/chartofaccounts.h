#pragma once
// The chart of accounts: every kind of ledger account, its normal side and
// the limit it carries, named in this one place.
//
// Per asset there is one account for each customer (a liability: credits
// are what the exchange owes them), one per wallet tier (deposit addresses,
// hot, warm, cold: assets the exchange holds), revenue (withdrawal fees,
// trading spread), expenses (network fees), and equity for operator
// adjustments and opening balances.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace exchange::ledger {

enum class AccountKind { Customer, Wallet, Revenue, Expense, Equity };

// TigerBeetle's account flags: the balance may not cross zero on that side.
enum AccountFlag : std::uint32_t {
    NoFlags = 0,
    DebitsMustNotExceedCredits = 1u << 0, // credit-normal, never negative
    CreditsMustNotExceedDebits = 1u << 1, // debit-normal, never negative
};

std::string_view accountKindName(AccountKind kind);
std::optional<AccountKind> accountKindFromName(std::string_view name);

// Debit-normal kinds (wallets, expenses) have balance = debits - credits;
// credit-normal ones (customers, revenue, equity) credits - debits.
bool isDebitNormal(AccountKind kind);

// Wallet tiers and the fixed owners of the exchange's own accounts.
namespace owner {
inline constexpr std::string_view DepositWallet = "deposit";
inline constexpr std::string_view HotWallet = "hot";
inline constexpr std::string_view WarmWallet = "warm";
inline constexpr std::string_view ColdWallet = "cold";
inline constexpr std::string_view WithdrawalFees = "withdrawal_fees";
inline constexpr std::string_view TradingSpread = "trading_spread";
inline constexpr std::string_view NetworkFees = "network_fees";
inline constexpr std::string_view Adjustments = "adjustments";
} // namespace owner

// Identifies an account: kind, owner (a customer id or one of the owners
// above) and asset. Accounts are created on first use with the flags their
// kind carries.
struct AccountKey {
    AccountKind kind = AccountKind::Customer;
    std::string owner;
    std::string asset;

    std::string toString() const; // "customer:17:XLM"
    friend bool operator==(const AccountKey &, const AccountKey &) = default;
};

// Customers can never be overdrawn; wallets never hold less than nothing.
std::uint32_t defaultFlags(AccountKind kind);

AccountKey customerAccount(std::int64_t customerId, std::string asset);
AccountKey walletAccount(std::string_view tier, std::string asset);
AccountKey revenueAccount(std::string_view source, std::string asset);
AccountKey expenseAccount(std::string_view source, std::string asset);
AccountKey equityAccount(std::string_view source, std::string asset);

} // namespace exchange::ledger
