#pragma once
// The operator roles, from least to most trusted. Stable lower-case names
// are what the database, exctl and the audit log use.

#include <array>
#include <optional>
#include <string_view>

namespace exchange::security {

enum class Role {
    Viewer,   // reads everything, changes nothing
    Operator, // handles deposits, uploads TxIds, requests replenishment
    Approver, // also approves and rejects withdrawals under review
    Admin,    // also settings, operators, the key vault, ledger corrections
};

inline constexpr std::array<Role, 4> kAllRoles{Role::Viewer, Role::Operator, Role::Approver, Role::Admin};

std::string_view roleName(Role role);
std::optional<Role> roleFromName(std::string_view name);
// Approvers and admins must enrol a second factor before they can work.
bool roleNeedsTotp(Role role);

} // namespace exchange::security
