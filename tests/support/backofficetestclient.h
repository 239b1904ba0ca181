#pragma once
// BackOfficeTestClient: a back-office API client written as an integrator
// writes one from docs/backoffice-api.md ("Signing"), for the benchmarks and
// integration tests that drive `exctl serve --backoffice` over raw HTTP/1.1:
// each request signed with its Ed25519 seed over
//   METHOD \n TARGET \n TIMESTAMP \n NONCE \n hex(SHA-256(body)),
// with a nonce never used before (a random prefix and a counter).

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class BackOfficeTestClient final
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    BackOfficeTestClient(QByteArray name, QByteArray seed);

    const QByteArray &name() const { return m_name; }
    // The public key as `exctl api-client add --public-key` takes it.
    QString publicKeyHex() const;

    // The whole request (Host 127.0.0.1, keep-alive), signed at unixSeconds
    // (0: now), with extra headers (e.g. Idempotency-Key) after the signing ones.
    QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                       const Headers &extra = {}, qint64 unixSeconds = 0);

private:
    QByteArray m_name;
    QByteArray m_seed;
    QByteArray m_noncePrefix;
    quint64 m_nonces = 0;
};
