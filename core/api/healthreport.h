#pragma once
// HealthReport: what GET /health of `exctl serve` says: whether the
// database answers (its URL without the password, the schema version), who
// leads the background duties, whether the key vault is unlocked (payouts
// sign only then), and the last word of each watcher and each chain's
// payouts. Healthy (HTTP 200) while the database answers, 503 when it does
// not: without it the process can do nothing useful.

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace exchange::api {

struct HealthReport {
    bool databaseOk = false;
    QString databaseUrl; // redacted: never the password
    int schemaVersion = 0;
    QString databaseError;
    bool leading = false;
    QString leaderName; // empty: nobody is known to lead
    bool vaultUnlocked = false;
    QMap<QString, QString> watchers; // chain -> status
    QMap<QString, QString> payouts;  // chain -> status

    bool healthy() const { return databaseOk; }
    int httpStatus() const { return healthy() ? 200 : 503; }
    QJsonObject toJson() const;
};

} // namespace exchange::api
