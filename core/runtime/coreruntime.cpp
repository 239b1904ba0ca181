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
    QMetaObject::invokeMethod(m_worker, std::move(job), Qt::QueuedConnection);
}

void CoreRuntime::flush(QObject *receiver, std::function<void()> callback)
{
    post([] { return 0; }, receiver, [callback = std::move(callback)](int) { callback(); });
}

void CoreRuntime::stop(std::function<void()> onStop)
{
    if (!m_thread.isRunning())
        return;
    if (onStop)
        enqueue(std::move(onStop));
    enqueue([this] { m_thread.quit(); });
    m_thread.wait();
}

} // namespace exchange
