#include "core/runtime/coreruntime.h"

namespace exchange {

CoreRuntime::CoreRuntime(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("exchange-core"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

CoreRuntime::~CoreRuntime()
{
    stop();
}

void CoreRuntime::enqueue(std::function<void()> job)
{
    if (m_pending.fetch_add(1) == 0)
        reportBusy();
    QMetaObject::invokeMethod(m_worker, [this, job = std::move(job)] {
        job();
        if (m_pending.fetch_sub(1) == 1)
            reportBusy();
    }, Qt::QueuedConnection);
}

void CoreRuntime::reportBusy()
{
    // Posted, not emitted here: enqueue() and the end of a job run on
    // different threads, and the receiver reads the count when it gets the
    // call, so the last word is always the state at that moment.
    QMetaObject::invokeMethod(this, [this] {
        const bool busy = m_pending.load() > 0 || (m_aside && m_aside->m_pending.load() > 0);
        if (busy == m_reportedBusy)
            return;
        m_reportedBusy = busy;
        emit busyChanged(busy);
    }, Qt::QueuedConnection);
}

void CoreRuntime::flush(QObject *receiver, std::function<void()> callback)
{
    post([] { return 0; }, receiver, [callback = std::move(callback)](int) { callback(); });
}

CoreRuntime &CoreRuntime::aside()
{
    if (!m_aside) {
        m_aside = std::make_unique<CoreRuntime>();
        m_aside->m_thread.setObjectName(QStringLiteral("exchange-core-aside"));
        // Its work shows as the core's: one busy indicator.
        connect(m_aside.get(), &CoreRuntime::busyChanged, this, [this] { reportBusy(); });
    }
    return *m_aside;
}

void CoreRuntime::stop(std::function<void()> onStop)
{
    if (m_aside)
        m_aside->stop(onStop);
    if (!m_thread.isRunning())
        return;
    if (onStop)
        enqueue(std::move(onStop));
    enqueue([this] { m_thread.quit(); });
    m_thread.wait();
}

} // namespace exchange
