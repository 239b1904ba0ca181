#include "core/security/totp.h"

#include "core/crypto/base32.h"
#include "core/crypto/sodiuminit.h"

#include <QUrl>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

namespace exchange::security {

std::string Totp::codeForStep(const QByteArray &secret, qint64 step, int digits)
{
    unsigned char counter[8];
    quint64 c = static_cast<quint64>(step);
    for (int i = 7; i >= 0; --i) {
        counter[i] = static_cast<unsigned char>(c & 0xff);
        c >>= 8;
    }
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    if (!HMAC(EVP_sha1(), secret.constData(), static_cast<int>(secret.size()), counter, sizeof counter, mac,
              &macLength)
        || macLength != 20)
        throw std::runtime_error("HMAC-SHA1 failed");
    // RFC 4226 dynamic truncation.
    const int offset = mac[19] & 0x0f;
    const quint32 binary = (static_cast<quint32>(mac[offset] & 0x7f) << 24)
        | (static_cast<quint32>(mac[offset + 1]) << 16) | (static_cast<quint32>(mac[offset + 2]) << 8)
        | static_cast<quint32>(mac[offset + 3]);
    sodium_memzero(mac, sizeof mac);
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    std::string code = std::to_string(binary % modulus);
    return std::string(static_cast<size_t>(digits) - code.size(), '0') + code;
}

std::optional<qint64> Totp::matchingStep(const QByteArray &secret, const std::string &code, qint64 unixSeconds,
                                         int window)
{
    if (code.size() != static_cast<size_t>(kDigits))
        return std::nullopt;
    const qint64 now = stepAt(unixSeconds);
    std::optional<qint64> found;
    // Every candidate is computed and compared in constant time, so the
    // time taken says nothing about which one matched.
    for (qint64 step = now - window; step <= now + window; ++step) {
        const std::string expected = codeForStep(secret, step);
        if (sodium_memcmp(expected.data(), code.data(), expected.size()) == 0 && !found)
            found = step;
    }
    return found;
}

QByteArray Totp::generateSecret()
{
    crypto::ensureSodium();
    QByteArray secret(kSecretBytes, Qt::Uninitialized);
    randombytes_buf(secret.data(), static_cast<size_t>(secret.size()));
    return secret;
}

QString Totp::provisioningUri(const QString &issuer, const QString &account, const QByteArray &secret)
{
    const QString label = QString::fromUtf8(QUrl::toPercentEncoding(issuer)) + QLatin1Char(':')
        + QString::fromUtf8(QUrl::toPercentEncoding(account));
    return QStringLiteral("otpauth://totp/%1?secret=%2&issuer=%3&algorithm=SHA1&digits=%4&period=%5")
        .arg(label, QString::fromStdString(base32::encode(secret)),
             QString::fromUtf8(QUrl::toPercentEncoding(issuer)))
        .arg(kDigits)
        .arg(kStepSeconds);
}

} // namespace exchange::security
