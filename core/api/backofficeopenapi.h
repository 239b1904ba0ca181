#pragma once
// The back-office API described as an OpenAPI 3.1 document (GET
// /v1/openapi.json): every endpoint, its parameters, its answers' JSON
// schemas (amounts as decimal strings, times as UTC with milliseconds) and
// the refusal every error is.

#include <QByteArray>

namespace exchange::api {

QByteArray backOfficeOpenApi();

} // namespace exchange::api
