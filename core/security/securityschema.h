#pragma once
// The security tables as migration statements: operators, the audit log and
// the key vault (migration 3), the audit log's index by object, and the
// operators' signing keys and signed statements (later migrations; their
// numbers in core/runtime/schema.cpp).

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::security {

QStringList securitySchema(const Dialect &dialect);
QStringList auditObjectIndex(const Dialect &dialect);
// The audit log's actor_kind also allows 'api' (back-office API clients).
QStringList auditApiActorSchema(const Dialect &dialect);
// Operators' signing keys (sealed like their TOTP secrets) and the signed
// statements of their decisions (append-only).
QStringList signingSchema(const Dialect &dialect);

} // namespace exchange::security
