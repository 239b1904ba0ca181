#pragma once
// BackOfficeRefusal: why the back-office API refuses a request: the HTTP
// status, a stable machine-readable code (docs/backoffice-api.md lists them)
// and one English line that names no internal detail and no secret.

#include "core/api/http/httpresponse.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace exchange::api {

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
};

} // namespace exchange::api
