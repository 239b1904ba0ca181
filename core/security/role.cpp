#include "core/security/role.h"

namespace exchange::security {

std::string_view roleName(Role role)
{
    switch (role) {
    case Role::Viewer: return "viewer";
    case Role::Operator: return "operator";
    case Role::Approver: return "approver";
    case Role::Admin: return "admin";
    }
    return "viewer";
}

std::optional<Role> roleFromName(std::string_view name)
{
    for (Role r : kAllRoles) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

bool roleNeedsTotp(Role role)
{
    return role == Role::Approver || role == Role::Admin;
}

} // namespace exchange::security
