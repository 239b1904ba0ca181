#include "core/base/message.h"
#include "core/security/passwordhasher.h"

#include "core/crypto/sodiuminit.h"

#include <sodium.h>

namespace exchange::security {

Result<void> PasswordHasher::checkStrength(const QByteArray &password)
{
    if (password.size() < kMinimumLength)
        return makeError(ErrorCode::InvalidInput, MessageId::PasswordTooShort, {std::to_string(kMinimumLength)});
    return {};
}

Result<std::string> PasswordHasher::hash(const QByteArray &password)
{
    if (auto strong = checkStrength(password); !strong)
        return strong.error();
    crypto::ensureSodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.constData(), static_cast<unsigned long long>(password.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error{ErrorCode::Internal, "not enough memory to hash a password"};
    return std::string(out);
}

bool PasswordHasher::verify(const std::string &stored, const QByteArray &password)
{
    crypto::ensureSodium();
    return crypto_pwhash_str_verify(stored.c_str(), password.constData(),
                                    static_cast<unsigned long long>(password.size()))
        == 0;
}

} // namespace exchange::security
