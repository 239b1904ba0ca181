#pragma once
// An operator as others may see it: never a hash or a secret.

#include "core/security/role.h"

#include <QString>

#include <cstdint>
#include <string>

namespace exchange::security {

struct OperatorInfo {
    std::int64_t id = 0;
    std::string username;
    Role role = Role::Viewer;
    bool disabled = false;
    bool totpEnrolled = false;
    int failedLogins = 0;
    qint64 lastLoginAtMs = 0;
    qint64 createdAtMs = 0;
};

// What beginEnrolment hands the console to show once: the otpauth:// URI
// (for the QR code) and the same secret in base32 for typing in by hand.
struct TotpEnrolment {
    QString uri;
    QString secretBase32;
};

} // namespace exchange::security
