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

Actor Actor::api(std::string clientName, std::initializer_list<Action> granted)
{
    Actor a;
    a.kind = Kind::Api;
    a.username = std::move(clientName);
    a.role = Role::Viewer;
    for (const Action action : granted)
        a.apiGrants |= 1u << static_cast<unsigned>(action);
    return a;
}

bool Actor::grants(Action action) const
{
    return kind == Kind::Api && (apiGrants & (1u << static_cast<unsigned>(action))) != 0;
}

std::string_view Actor::kindName() const
{
    switch (kind) {
    case Kind::Operator: return "operator";
    case Kind::Cli: return "cli";
    case Kind::System: return "system";
    case Kind::Api: return "api";
    }
    return "system";
}

std::string Actor::displayName() const
{
    switch (kind) {
    case Kind::Operator: return username;
    case Kind::Cli: return "cli:" + username;
    case Kind::System: return "system:" + username;
    case Kind::Api: return "api:" + username;
    }
    return username;
}

} // namespace exchange::security
