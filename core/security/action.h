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
};

inline constexpr std::array<Action, 12> kAllActions{
    Action::ViewData,          Action::ChangeSettings,   Action::ManageOperators, Action::UnlockVault,
    Action::ManageVaultKeys,   Action::ApproveWithdrawal, Action::RejectWithdrawal, Action::UploadTxId,
    Action::AssignDeposit,     Action::RequestReplenishment, Action::AdjustLedger, Action::CancelOrder,
};

std::string_view actionName(Action action);

} // namespace exchange::security
