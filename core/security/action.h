#pragma once
// Everything an actor can ask the core to do that the permission table
// decides on. Stable snake_case names appear in refusals and the audit log.

#include <array>
#include <string_view>

namespace exchange::security {

enum class Action {
    ViewData,
    ChangeSettings,
    ManageOperators,
    UnlockVault,
    ManageVaultKeys,
    ApproveWithdrawal,
    RejectWithdrawal,
    UploadTxId,
    AssignDeposit,
    RequestReplenishment,
    AdjustLedger,
    CancelOrder,
    // A customer's withdrawal returned to them (their own request, or one
    // that cannot be paid): maintenance the command line may still do.
    CancelWithdrawal,
    // The settings that decide where money goes: 24h/72h limits, the
    // four-eyes amount, hot/warm max balances, withdrawal fee, min
    // deposit/collection and the chain node URLs.
    ChangeMoneySettings,
    // Ending a withdrawal's integrity hold (paid after all, or not paid and
    // rejected): an admin who has investigated, with a confirmed code.
    ReleaseHeldWithdrawal,
    // Adding, editing, freezing, unfreezing and closing customers, and
    // importing them: the front desk's work (operators and admins), made
    // by a signed-in person, never by cli:<user>.
    ManageCustomers,
    // Registering and disabling the back-office API's service clients (the
    // exchange's web app, which may act for every customer): an admin, in
    // person, with a confirmed code.
    ManageApiClients,
};

inline constexpr std::array<Action, 17> kAllActions{
    Action::ViewData,          Action::ChangeSettings,   Action::ManageOperators, Action::UnlockVault,
    Action::ManageVaultKeys,   Action::ApproveWithdrawal, Action::RejectWithdrawal, Action::UploadTxId,
    Action::AssignDeposit,     Action::RequestReplenishment, Action::AdjustLedger, Action::CancelOrder,
    Action::CancelWithdrawal,  Action::ChangeMoneySettings, Action::ReleaseHeldWithdrawal,
    Action::ManageCustomers,   Action::ManageApiClients,
};

std::string_view actionName(Action action);

} // namespace exchange::security
