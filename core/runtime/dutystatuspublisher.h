#pragma once
// DutyStatusPublisher: writes the leading process's background duties to
// duty_status (DutyStatusRepository) so that every console sees them, and
// announces the change (topic Duty). Lives on the core thread, where the
// process's database work runs; BackgroundDuties calls it queued. A write
// that fails is logged and dropped: the duties go on, and the next change
// writes again. A word that arrives after another process has taken the
// report over is dropped by the repository.

#include "core/runtime/dutystatusrepository.h"

#include <QMap>
#include <QObject>

namespace exchange {

class CoreServices;

class DutyStatusPublisher final : public QObject
{
    Q_OBJECT
public:
    DutyStatusPublisher(CoreServices &services, QString identity, QObject *parent = nullptr);

    // A new leader: what an earlier one reported is forgotten.
    void startReporting();
    void report(DutyRecord::Kind kind, const QString &name, const DutyStatus &status);

private:
    bool takeOver();

    CoreServices &m_services;
    QString m_identity;
    bool m_reporting = false; // this process took the report over
    QMap<QString, qint64> m_downSince; // "kind/name" -> since when it is down
};

} // namespace exchange
