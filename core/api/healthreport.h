#pragma once
// HealthReport: what GET /health of `exctl serve` says: whether the
// database answers (its URL without the password, the schema version), who
// leads the background duties, whether the key vault is unlocked (payouts
// sign only then), the last word of each watcher and each chain's
// payouts, and the names of those that are down (for a monitor to alert on
// without reading the words). Healthy (HTTP 200) while the database answers, 503 when it does
// not: without it the process can do nothing useful.

#include "core/base/dutystatus.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace exchange::api {

struct HealthReport {
    bool databaseOk = false;
    QString databaseUrl; // redacted: never the password
    int schemaVersion = 0;
    QString databaseError;
    // The database answers but a control is weaker than it should be (the
    // connected role could set the append-only triggers aside); not a
    // reason for 503.
    QString databaseWarning;
    bool leading = false;
    QString leaderName; // empty: nobody is known to lead
    bool vaultUnlocked = false;
    QMap<QString, DutyStatus> watchers; // chain -> status
    QMap<QString, DutyStatus> payouts;  // chain -> status

    bool healthy() const { return databaseOk; }
    int httpStatus() const { return healthy() ? 200 : 503; }
    QJsonObject toJson() const;
};

} // namespace exchange::api
