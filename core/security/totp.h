#pragma once
// RFC 6238 time-based one-time passwords as authenticator apps make them:
// HMAC-SHA1, 30-second steps from the Unix epoch, 6 digits by default.
// Matching accepts the current step and one step either side; the caller
// refuses a step at or before the last one it accepted (a code works once).

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>

namespace exchange::security {

class Totp final
{
public:
    static constexpr int kStepSeconds = 30;
    static constexpr int kDigits = 6;
    static constexpr int kSecretBytes = 20; // 160 bits, as RFC 4226 recommends

    static qint64 stepAt(qint64 unixSeconds) { return unixSeconds / kStepSeconds; }
    // The code of one time step, zero-padded to `digits`.
    static std::string codeForStep(const QByteArray &secret, qint64 step, int digits = kDigits);
    static std::string codeAt(const QByteArray &secret, qint64 unixSeconds, int digits = kDigits)
    {
        return codeForStep(secret, stepAt(unixSeconds), digits);
    }
    // The step (current, previous or next) whose code this is, if any.
    static std::optional<qint64> matchingStep(const QByteArray &secret, const std::string &code, qint64 unixSeconds,
                                              int window = 1);

    static QByteArray generateSecret();
    // otpauth://totp/ISSUER:ACCOUNT?secret=BASE32&issuer=ISSUER&algorithm=SHA1&digits=6&period=30
    static QString provisioningUri(const QString &issuer, const QString &account, const QByteArray &secret);
};

} // namespace exchange::security
