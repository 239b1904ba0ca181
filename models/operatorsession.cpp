#include "operatorsession.h"

#include "coretext.h"

#include "core/base/changenotifier.h"
#include "core/security/operatorservice.h"
#include "core/security/session.h"

OperatorSession::OperatorSession(exchange::CoreRuntime &runtime, exchange::security::OperatorService &operators,
                                 QObject *parent)
    : QObject(parent), m_runtime(runtime), m_operators(operators)
{
}

void OperatorSession::signIn(std::shared_ptr<exchange::security::Session> session)
{
    m_fixed.reset();
    m_current.reset();
    m_session = std::move(session);
    emit signedIn();
}

void OperatorSession::signOut()
{
    cancelCode();
    // The core's Session (and its guarded key) goes with the last job
    // that still holds it.
    m_session.reset();
    m_fixed.reset();
    m_current.reset();
    emit signedOut();
}

void OperatorSession::actAs(const exchange::security::Actor &actor)
{
    m_session.reset();
    m_fixed = actor;
    emit signedIn();
}

exchange::security::Actor OperatorSession::actor() const
{
    if (m_fixed)
        return *m_fixed;
    if (m_current)
        return *m_current;
    if (m_session)
        return m_session->actor();
    return exchange::security::Actor::system("nobody");
}

void OperatorSession::followChanges(exchange::ChangeNotifier &notifier)
{
    connect(&notifier, &exchange::ChangeNotifier::changed, this,
            [this](exchange::ChangeNotifier::Topic topic, const QString &key) {
                if (topic != exchange::ChangeNotifier::Topic::Operator || !m_session)
                    return;
                if (key.isEmpty() || key.toStdString() == m_session->actor().username)
                    refresh();
            });
}

void OperatorSession::refresh()
{
    if (!m_session)
        return;
    auto session = m_session;
    auto *operators = &m_operators;
    m_runtime.post([session, operators] { return currentOnCore(*operators, *session); }, this,
                   [this, session](exchange::Result<exchange::security::Actor> now) {
                       if (m_session != session)
                           return; // signed out or in again meanwhile
                       if (!now) {
                           if (now.error().code == exchange::ErrorCode::Unauthorized)
                               emit revoked(CoreText::error(now.error()));
                           return; // unreadable: the next action is checked anyway
                       }
                       if (now.value().role == actor().role)
                           return;
                       m_current = now.value();
                       emit signedIn(); // the screens enable what the new role may do
                   });
}

void OperatorSession::submitCode(const QString &code)
{
    if (!m_pending)
        return;
    Pending pending = std::move(*m_pending);
    m_pending.reset();
    pending.withCode(code.trimmed().toStdString());
}

void OperatorSession::cancelCode()
{
    if (!m_pending)
        return;
    Pending pending = std::move(*m_pending);
    m_pending.reset();
    pending.cancel();
}

exchange::Error OperatorSession::notSignedIn()
{
    return exchange::makeError(exchange::ErrorCode::Unauthorized, exchange::MessageId::NobodySignedIn);
}

exchange::Result<exchange::security::Actor> OperatorSession::confirmOnCore(exchange::security::OperatorService &operators,
                                                                         exchange::security::Session &session,
                                                                         const std::string &code)
{
    return operators.confirm(session, code);
}

exchange::Result<exchange::security::Actor> OperatorSession::currentOnCore(exchange::security::OperatorService &operators,
                                                                         const exchange::security::Session &session)
{
    return operators.currentActor(session);
}
