#include "core/api/http/httptls.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace exchange::api {

Result<QSslConfiguration> loadTlsConfiguration(const QString &certificateFile, const QString &keyFile)
{
    if (!QSslSocket::supportsSsl())
        return Error{ErrorCode::Unavailable, "this Qt has no TLS backend"};
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
    if (chain.isEmpty() || chain.front().isNull())
        return Error{ErrorCode::InvalidInput, "no PEM certificate in " + certificateFile.toStdString()};
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::InvalidInput, "cannot read " + keyFile.toStdString() + ": " + file.errorString().toStdString()};
    const QByteArray pem = file.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return Error{ErrorCode::InvalidInput, "no unencrypted RSA or EC private key in " + keyFile.toStdString()};
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

} // namespace exchange::api
