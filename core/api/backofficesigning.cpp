#include "core/api/backofficesigning.h"

#include "core/crypto/hashes.h"

namespace exchange::api::backoffice {

QByteArray canonicalString(const QByteArray &method, const QByteArray &target, const QByteArray &timestamp,
                           const QByteArray &nonce, const QByteArray &body)
{
    QByteArray out;
    out.reserve(method.size() + target.size() + timestamp.size() + nonce.size() + 68);
    out += method;
    out += '\n';
    out += target;
    out += '\n';
    out += timestamp;
    out += '\n';
    out += nonce;
    out += '\n';
    out += crypto::sha256(body).toHex();
    return out;
}

bool isTimestamp(const QByteArray &text, qint64 *seconds)
{
    if (text.isEmpty() || text.size() > 12)
        return false;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    if (seconds)
        *seconds = value;
    return true;
}

bool isNonce(const QByteArray &text)
{
    if (text.size() < kMinNonceLength || text.size() > kMaxNonceLength)
        return false;
    for (char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace exchange::api::backoffice
