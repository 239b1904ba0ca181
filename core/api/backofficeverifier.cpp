#include "core/api/backofficeverifier.h"

#include "core/store/database.h"

#include <QMetaObject>

namespace exchange::api {

BackOfficeVerifier::BackOfficeVerifier(Database &database, const BackOfficeAuthenticator &authenticator)
    : m_database(database), m_authenticator(authenticator)
{
    m_thread.setObjectName(QStringLiteral("backoffice-verifier"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

BackOfficeVerifier::~BackOfficeVerifier()
{
    // The thread's connection is closed on the thread, after the checks
    // queued before it.
    Database *database = &m_database;
    QMetaObject::invokeMethod(m_worker, [database] { database->releaseThreadConnection(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void BackOfficeVerifier::verify(const HttpRequest &request, const QByteArray &pinnedAdminKey, QObject *receiver, Done done)
{
    const BackOfficeAuthenticator *authenticator = &m_authenticator;
    QMetaObject::invokeMethod(
        m_worker,
        [authenticator, request, pinnedAdminKey, receiver, done = std::move(done)]() mutable {
            Outcome outcome = authenticator->verify(request, pinnedAdminKey);
            // Posted to the receiver, which is alive while this runs (its
            // owner stops this thread before it goes); an event not yet
            // delivered when it goes is dropped with it.
            QMetaObject::invokeMethod(
                receiver, [done = std::move(done), outcome = std::move(outcome)] { done(outcome); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace exchange::api
