#include "core/security/actor.h"

namespace exchange::security {

Actor Actor::system(std::string component)
{
    Actor a;
    a.kind = Kind::System;
    a.username = std::move(component);
    a.role = Role::Viewer;
    return a;
}

Actor Actor::cli(std::string osUser)
{
    Actor a;
    a.kind = Kind::Cli;
    a.username = std::move(osUser);
    a.role = Role::Admin;
    a.secondFactor = true;
    return a;
}

Actor Actor::fromOperator(std::int64_t id, std::string username, Role role)
{
    Actor a;
    a.kind = Kind::Operator;
    a.operatorId = id;
    a.username = std::move(username);
    a.role = role;
    return a;
}

std::string_view Actor::kindName() const
{
    switch (kind) {
    case Kind::Operator: return "operator";
    case Kind::Cli: return "cli";
    case Kind::System: return "system";
    }
    return "system";
}

std::string Actor::displayName() const
{
    switch (kind) {
    case Kind::Operator: return username;
    case Kind::Cli: return "cli:" + username;
    case Kind::System: return "system:" + username;
    }
    return username;
}

} // namespace exchange::security
