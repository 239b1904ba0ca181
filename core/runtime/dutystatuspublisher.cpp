#include "core/runtime/dutystatuspublisher.h"

#include "core/base/changenotifier.h"
#include "core/runtime/coreservices.h"
#include "core/store/database.h"

#include <QDateTime>

namespace exchange {

DutyStatusPublisher::DutyStatusPublisher(CoreServices &services, QString identity, QObject *parent)
    : QObject(parent), m_services(services), m_identity(std::move(identity))
{
}

void DutyStatusPublisher::startReporting()
{
    m_downSince.clear();
    m_reporting = false;
    takeOver();
}

bool DutyStatusPublisher::takeOver()
{
    if (auto taken = DutyStatusRepository(m_services.database()).takeOver(m_identity); !taken) {
        qWarning("background duties: the earlier leader's report could not be cleared (tried again with the next word): %s",
                 taken.error().message.c_str());
        return false;
    }
    m_reporting = true;
    m_services.notifier().publish(ChangeNotifier::Topic::Duty, QString());
    return true;
}

void DutyStatusPublisher::report(DutyRecord::Kind kind, const QString &name, const DutyStatus &status)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString key = QString::number(static_cast<int>(kind)) + u'/' + name;
    DutyRecord record{kind, name, status, std::nullopt, m_identity, now};
    if (status.isDown()) {
        record.downSinceMs = m_downSince.value(key, now);
        m_downSince.insert(key, *record.downSinceMs);
    } else {
        m_downSince.remove(key);
    }
    if (!m_reporting && !takeOver())
        return;
    auto put = DutyStatusRepository(m_services.database()).put(record);
    if (!put) {
        qWarning("background duties: the state of %s could not be stored: %s", qUtf8Printable(name), put.error().message.c_str());
        return;
    }
    if (!put.value())
        return; // another process leads and reports now; this word is late
    m_services.notifier().publish(ChangeNotifier::Topic::Duty, name);
}

} // namespace exchange
