#pragma once
// An operator as others may see it: never a hash or a secret.

#include "core/security/role.h"

#include <QString>

#include <cstdint>
#include <string>

namespace exchange::security {

// Whether the operator's signing key is one an admin's signature vouches
// for with their present role and state (read from the rows; the payout
// signer checks the signatures themselves, see TrustChain).
enum class SigningKeyState {
    None,         // not enrolled yet: the key is made at enrolment
    Unregistered, // no admin has signed it, or not with the present role
    Registered,
};

struct OperatorInfo {
    std::int64_t id = 0;
    std::string username;
    Role role = Role::Viewer;
    bool disabled = false;
    bool totpEnrolled = false;
    int failedLogins = 0;
    qint64 lastLoginAtMs = 0;
    qint64 createdAtMs = 0;
    SigningKeyState signingKey = SigningKeyState::None;
    std::string keyRegisteredBy; // the admin whose signature registered it
};

// What beginEnrolment hands the console to show once: the otpauth:// URI
// (for the QR code) and the same secret in base32 for typing in by hand.
struct TotpEnrolment {
    QString uri;
    QString secretBase32;
};

} // namespace exchange::security
