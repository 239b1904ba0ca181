#include "backofficetestclient.h"

#include "core/crypto/ed25519.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

BackOfficeTestClient::BackOfficeTestClient(QByteArray name, QByteArray seed) : m_name(std::move(name)), m_seed(std::move(seed))
{
    QByteArray random(8, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 2);
    m_noncePrefix = random.toHex();
}

QString BackOfficeTestClient::publicKeyHex() const
{
    return QString::fromLatin1(exchange::crypto::ed25519::publicKeyFromSeed(m_seed).toHex());
}

QByteArray BackOfficeTestClient::request(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                                         const Headers &extra, qint64 unixSeconds)
{
    const QByteArray timestamp = QByteArray::number(unixSeconds ? unixSeconds : QDateTime::currentSecsSinceEpoch());
    const QByteArray nonce = m_noncePrefix + '-' + QByteArray::number(++m_nonces).rightJustified(12, '0');
    const QByteArray bodyHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    const QByteArray canonical = method + '\n' + target + '\n' + timestamp + '\n' + nonce + '\n' + bodyHash;
    const QByteArray signature = exchange::crypto::ed25519::sign(m_seed, canonical).toBase64();
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Client: " + m_name + "\r\nX-Timestamp: "
                     + timestamp + "\r\nX-Nonce: " + nonce + "\r\nX-Signature: " + signature + "\r\n";
    for (const auto &[header, value] : extra)
        out += header + ": " + value + "\r\n";
    if (!body.isEmpty())
        out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return out;
}
