#include "core/api/backofficebody.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace exchange::api::backoffice {

BackOfficeRefusal invalidBody(const QString &message)
{
    return BackOfficeRefusal{HttpResponse::StatusCode::BadRequest, QByteArrayLiteral("invalid_body"), message};
}

std::variant<QJsonObject, BackOfficeRefusal> jsonObjectBody(const QByteArray &body, std::initializer_list<const char *> allowed,
                                                            bool emptyIsObject)
{
    if (body.trimmed().isEmpty()) {
        if (emptyIsObject)
            return QJsonObject();
        return invalidBody(QStringLiteral("the body must be a JSON object"));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return invalidBody(QStringLiteral("the body is not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return invalidBody(QStringLiteral("the body must be a JSON object"));
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char *name : allowed)
            known = known || it.key() == QLatin1String(name);
        if (!known)
            return invalidBody(QStringLiteral("unknown field %1").arg(it.key().left(64)));
    }
    return object;
}

std::variant<std::optional<QString>, BackOfficeRefusal> stringField(const QJsonObject &object, const char *name, bool required)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined()) {
        if (required)
            return invalidBody(QStringLiteral("%1 is required").arg(QLatin1String(name)));
        return std::optional<QString>();
    }
    if (!value.isString())
        return invalidBody(QStringLiteral("%1 must be a string").arg(QLatin1String(name)));
    return std::optional<QString>(value.toString());
}

} // namespace exchange::api::backoffice
