#pragma once
// Actor: who asks for an action. Services take one for every audited
// action, check it against the permission table and write its name into the
// audit log. A value type: it carries no secret's bytes. An operator whose
// two-factor code was just confirmed also carries their opened signing key
// (signer), so the decision can be signed; nobody else does.

#include "core/security/action.h"
#include "core/security/role.h"

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>

namespace exchange::security {

class DecisionSigner;

struct Actor {
    enum class Kind {
        Operator, // a signed-in operator of the console
        Cli,      // exctl on this machine: whoever can run it holds the database credentials
        System,   // the exchange itself (automatic payouts, collections)
        Api,      // a service client of the back-office API (the exchange's web app), by its name
    };

    Kind kind = Kind::System;
    std::int64_t operatorId = 0; // 0 unless kind == Operator
    std::string username;        // operator name, OS user, or system component
    Role role = Role::Viewer;
    // A current TOTP code was checked for this request (OperatorService::confirm).
    bool secondFactor = false;
    // The operator's signing key, opened for this confirmed request
    // (OperatorService::confirm); null for everyone else.
    std::shared_ptr<const DecisionSigner> signer;
    // What an Api actor may do: the actions its client's scopes grant, a bit
    // per Action (grants()); nothing for everyone else.
    std::uint32_t apiGrants = 0;

    static Actor system(std::string component);
    // exctl: acts with admin rights as "cli:<user>" (see README: Operators).
    static Actor cli(std::string osUser);
    static Actor fromOperator(std::int64_t id, std::string username, Role role);
    // A back-office API client that authenticated this request by its
    // signature ("api:<name>" in the audit log), allowed exactly granted.
    static Actor api(std::string clientName, std::initializer_list<Action> granted);

    bool grants(Action action) const;

    // "alice", "cli:root", "system:payouts" or "api:webapp": what the audit log shows.
    std::string displayName() const;
    std::string_view kindName() const;
};

} // namespace exchange::security
