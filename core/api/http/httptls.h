#pragma once
// The TLS configuration of an HTTPS server from PEM files: a certificate
// (followed by its chain, if any) and its unencrypted private key (RSA or
// EC). TLS 1.2 or later; clients are not asked for certificates.

#include "core/base/result.h"

#include <QSslConfiguration>
#include <QString>

namespace exchange::api {

Result<QSslConfiguration> loadTlsConfiguration(const QString &certificateFile, const QString &keyFile);

} // namespace exchange::api
