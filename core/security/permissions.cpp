#include "core/base/message.h"
#include "core/security/permissions.h"

namespace exchange::security {

bool roleAllows(Role role, Action action)
{
    // The whole table. Each role has what the one below it has, but for
    // customers: approvers decide on withdrawals and stay out of the
    // customer records whose freeze stops them.
    switch (action) {
    case Action::ViewData: return true;
    case Action::ManageCustomers: return role == Role::Operator || role == Role::Admin;
    case Action::UploadTxId:
    case Action::AssignDeposit:
    case Action::RequestReplenishment:
    case Action::CancelOrder: return role != Role::Viewer;
    case Action::ApproveWithdrawal:
    case Action::RejectWithdrawal:
    case Action::CancelWithdrawal: return role == Role::Approver || role == Role::Admin;
    case Action::ChangeSettings:
    case Action::ChangeMoneySettings:
    case Action::ReleaseHeldWithdrawal:
    case Action::ManageOperators:
    case Action::UnlockVault:
    case Action::ManageVaultKeys:
    case Action::ManageApiClients:
    case Action::AdjustLedger: return role == Role::Admin;
    }
    return false;
}

bool actionNeedsSecondFactor(Action action)
{
    switch (action) {
    case Action::ApproveWithdrawal:
    case Action::ChangeSettings:
    case Action::ChangeMoneySettings:
    case Action::ReleaseHeldWithdrawal:
    // Adding an admin (who then enrols an authenticator of their own)
    // would otherwise be a way round every code: it needs one itself.
    case Action::ManageOperators:
    case Action::UnlockVault:
    case Action::ManageVaultKeys:
    // A service client may act for every customer: as weighty as an admin.
    case Action::ManageApiClients:
    case Action::AdjustLedger: return true;
    case Action::ViewData:
    case Action::ManageCustomers:
    case Action::RejectWithdrawal:
    case Action::CancelWithdrawal:
    case Action::UploadTxId:
    case Action::AssignDeposit:
    case Action::RequestReplenishment:
    case Action::CancelOrder: return false;
    }
    return true;
}

bool actionNeedsAPerson(Action action)
{
    switch (action) {
    case Action::ApproveWithdrawal: // also retry and sending to manual payout
    case Action::RejectWithdrawal:
    case Action::UploadTxId:
    case Action::ChangeMoneySettings:
    case Action::ReleaseHeldWithdrawal:
    case Action::ManageCustomers:
    case Action::ManageApiClients: return true;
    case Action::ViewData:
    case Action::ChangeSettings:
    case Action::ManageOperators:
    case Action::UnlockVault:
    case Action::ManageVaultKeys:
    case Action::AssignDeposit:
    case Action::RequestReplenishment:
    case Action::AdjustLedger:
    case Action::CancelOrder:
    case Action::CancelWithdrawal: return false;
    }
    return true;
}

Result<void> authorize(const Actor &actor, Action action)
{
    const std::string what(actionName(action));
    switch (actor.kind) {
    case Actor::Kind::System:
        if (action == Action::ViewData)
            return {};
        return makeError(ErrorCode::Unauthorized, MessageId::SystemMayNot, {what});
    case Actor::Kind::Cli:
        if (actionNeedsAPerson(action))
            return makeError(ErrorCode::Unauthorized, MessageId::CliMayNotDecide, {actor.displayName(), what});
        return {};
    case Actor::Kind::Api:
        // The back-office server granted what the client's scopes allow,
        // after it verified the request's signature.
        if (actor.grants(action))
            return {};
        return makeError(ErrorCode::Unauthorized, MessageId::ApiClientMayNot, {actor.username, what});
    case Actor::Kind::Operator:
        break;
    }
    if (actor.operatorId <= 0)
        return makeError(ErrorCode::Unauthorized, MessageId::NobodySignedIn);
    if (!roleAllows(actor.role, action))
        return makeError(ErrorCode::Unauthorized, MessageId::RoleMayNot,
                         {actor.username, std::string(roleName(actor.role)), what});
    if (actionNeedsSecondFactor(action) && !actor.secondFactor)
        return makeError(ErrorCode::Unauthorized, MessageId::NeedsSecondFactor, {what});
    return {};
}

} // namespace exchange::security
