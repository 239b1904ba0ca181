#pragma once
// The JSON body of a back-office request that changes something: an object
// with only the fields its endpoint names, each of the type it must have.
// Anything else is 400 invalid_body naming what is wrong, before anything is
// looked up or written.

#include "core/api/backofficerefusal.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <initializer_list>
#include <optional>
#include <variant>

namespace exchange::api::backoffice {

// 400 invalid_body with the message.
BackOfficeRefusal invalidBody(const QString &message);

// The body as an object whose fields are all among allowed; an empty body
// is {} when emptyIsObject.
std::variant<QJsonObject, BackOfficeRefusal> jsonObjectBody(const QByteArray &body, std::initializer_list<const char *> allowed,
                                                            bool emptyIsObject = false);

// A string field: nullopt when absent (or required and absent: the refusal),
// the refusal when it is there but not a string.
std::variant<std::optional<QString>, BackOfficeRefusal> stringField(const QJsonObject &object, const char *name,
                                                                    bool required);

} // namespace exchange::api::backoffice
