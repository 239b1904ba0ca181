#pragma once
// Migration 15: duty_status, the last word of each background duty as the
// process that leads them reported it, so that every console sees a
// watcher down, not only the one that runs it (with exctl serve leading,
// none does). On PostgreSQL a change is announced on the change feed
// (topic Duty) like any other.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange {

QStringList dutyStatusSchema(const Dialect &dialect);

} // namespace exchange
