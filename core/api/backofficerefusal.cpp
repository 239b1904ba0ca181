#include "core/api/backofficerefusal.h"

namespace exchange::api {

Q_LOGGING_CATEGORY(lcBackOffice, "api.backoffice")

using Status = HttpResponse::StatusCode;

BackOfficeRefusal BackOfficeRefusal::notFound()
{
    return BackOfficeRefusal{Status::NotFound, QByteArrayLiteral("not_found"), QStringLiteral("no such endpoint")};
}

BackOfficeRefusal BackOfficeRefusal::methodNotAllowed(const char *allowed)
{
    return BackOfficeRefusal{Status::MethodNotAllowed, QByteArrayLiteral("method_not_allowed"),
                             QStringLiteral("use %1").arg(QLatin1String(allowed))};
}

BackOfficeRefusal BackOfficeRefusal::failed(const Error &error)
{
    qCWarning(lcBackOffice, "request failed: %s", error.message.c_str());
    if (error.code == ErrorCode::Unavailable)
        return BackOfficeRefusal{Status::ServiceUnavailable, QByteArrayLiteral("unavailable"),
                                 QStringLiteral("the exchange cannot answer now; try again later")};
    return BackOfficeRefusal{Status::InternalServerError, QByteArrayLiteral("internal"),
                             QStringLiteral("internal error; try again later")};
}

} // namespace exchange::api
