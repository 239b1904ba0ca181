#pragma once
// PasswordHasher: Argon2id password hashes in libsodium's self-describing
// string format (crypto_pwhash_str), at least the interactive limits.
// Verification takes constant time in the password.

#include "core/base/result.h"

#include <QByteArray>

#include <string>

namespace exchange::security {

class PasswordHasher final
{
public:
    // Refuses passwords shorter than this (InvalidInput).
    static constexpr int kMinimumLength = 8;

    static Result<std::string> hash(const QByteArray &password);
    static bool verify(const std::string &stored, const QByteArray &password);
    static Result<void> checkStrength(const QByteArray &password);
};

} // namespace exchange::security
