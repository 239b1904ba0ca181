#pragma once
// The statement an admin signs to say which signing key is an operator's,
// with the role and state it is trusted for from then on:
//
//   kind=operator.key
//   operator_id=7
//   username=alice
//   role=approver
//   disabled=0
//   public_key=<64 hex digits>
//
// A new one replaces the previous for the same operator (a new role, a
// new key, disabled). The first admin's is signed by their own key, which
// the key vault pins when it is created (see TrustChain).

#include "core/security/role.h"
#include "core/security/statement.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <string>

namespace exchange::security {

struct KeyRegistration {
    static constexpr const char *kKind = "operator.key";

    std::int64_t operatorId = 0;
    std::string username;
    Role role = Role::Viewer;
    bool disabled = false;
    QByteArray publicKey; // 32 bytes

    Statement statement() const;
    // The registration a statement of kind operator.key states (the
    // signer's fields after it are ignored); nullopt if it states none.
    static std::optional<KeyRegistration> from(const Statement &statement);
};

} // namespace exchange::security
