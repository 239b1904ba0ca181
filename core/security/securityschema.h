#pragma once
// The security tables as migration statements: operators, the audit log and
// the key vault (migration 3), and the audit log's index by object (a later
// migration; its number in core/runtime/schema.cpp).

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::security {

QStringList securitySchema(const Dialect &dialect);
QStringList auditObjectIndex(const Dialect &dialect);

} // namespace exchange::security
