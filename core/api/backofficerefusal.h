#pragma once
// BackOfficeRefusal: why the back-office API refuses a request: the HTTP
// status, a stable machine-readable code (docs/backoffice-api.md lists them)
// and one English line that names no internal detail and no secret.

#include "core/api/http/httpresponse.h"
#include "core/base/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

namespace exchange::api {

// The back-office API's log (refusals, failures), without secrets.
Q_DECLARE_LOGGING_CATEGORY(lcBackOffice)

struct BackOfficeRefusal {
    HttpResponse::StatusCode status = HttpResponse::StatusCode::InternalServerError;
    QByteArray code;
    QString message;

    // {"error": message, "code": code}
    HttpResponse response() const
    {
        return HttpResponse(QJsonObject{{QStringLiteral("error"), message}, {QStringLiteral("code"), QString::fromLatin1(code)}},
                            status);
    }

    // 404 not_found: no endpoint has this path.
    static BackOfficeRefusal notFound();
    // 405 method_not_allowed, naming what is (e.g. "GET or POST").
    static BackOfficeRefusal methodNotAllowed(const char *allowed);
    // A failure of the exchange itself says only that (503 unavailable or
    // 500 internal); its detail goes to the log.
    static BackOfficeRefusal failed(const Error &error);
};

} // namespace exchange::api
