#include "core/security/action.h"

namespace exchange::security {

std::string_view actionName(Action action)
{
    switch (action) {
    case Action::ViewData: return "view_data";
    case Action::ChangeSettings: return "change_settings";
    case Action::ManageOperators: return "manage_operators";
    case Action::UnlockVault: return "unlock_vault";
    case Action::ManageVaultKeys: return "manage_vault_keys";
    case Action::ApproveWithdrawal: return "approve_withdrawal";
    case Action::RejectWithdrawal: return "reject_withdrawal";
    case Action::UploadTxId: return "upload_txid";
    case Action::AssignDeposit: return "assign_deposit";
    case Action::RequestReplenishment: return "request_replenishment";
    case Action::AdjustLedger: return "adjust_ledger";
    case Action::CancelOrder: return "cancel_order";
    case Action::CancelWithdrawal: return "cancel_withdrawal";
    case Action::ChangeMoneySettings: return "change_money_settings";
    case Action::ReleaseHeldWithdrawal: return "release_held_withdrawal";
    case Action::ManageCustomers: return "manage_customers";
    case Action::ManageApiClients: return "manage_api_clients";
    }
    return "unknown";
}

} // namespace exchange::security
