#pragma once
// OperatorSession: who is signed in to this console, for the models. Jobs
// that need the operator run on the core thread with their Actor; jobs that
// need a second factor first ask for a current code (codeRequested, which a
// view answers with submitCode or cancelCode), check it once on the core
// thread, and only then run. Never holds a password; the TOTP secret stays
// in the core's Session. Without a signed-in operator every job is refused.

#include "core/base/message.h"
#include "core/base/result.h"
#include "core/runtime/coreruntime.h"
#include "core/security/actor.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace exchange {
class ChangeNotifier;
}

namespace exchange::security {
class OperatorService;
class Session;
}

class OperatorSession final : public QObject
{
    Q_OBJECT
public:
    OperatorSession(exchange::CoreRuntime &runtime, exchange::security::OperatorService &operators,
                    QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OperatorSession)

    void signIn(std::shared_ptr<exchange::security::Session> session);
    // Ends the session (lock, sign out); a code request still open is cancelled.
    void signOut();
    // Acts as this actor without asking for codes (tests, kiosk tools).
    void actAs(const exchange::security::Actor &actor);
    // Reads the signed-in operator again whenever operators change (here
    // or, on PostgreSQL, in any process): a new role shows at once
    // (signedIn again, for the screens' controls); disabled or removed,
    // access is revoked.
    void followChanges(exchange::ChangeNotifier &notifier);
    // Reads the signed-in operator again now.
    void refresh();

    bool isSignedIn() const { return m_session != nullptr || m_fixed.has_value(); }
    exchange::security::Actor actor() const;
    std::shared_ptr<exchange::security::Session> session() const { return m_session; }
    bool isWaitingForCode() const { return m_pending.has_value(); }

    template<typename R>
    using Job = std::function<exchange::Result<R>(const exchange::security::Actor &)>;

    // Runs job(actor) on the core thread, then callback(result) on
    // receiver's thread. actor: as the store has the operator now.
    template<typename R>
    void run(Job<R> job, QObject *receiver, std::function<void(exchange::Result<R>)> callback)
    {
        runOn(false, std::move(job), receiver, std::move(callback));
    }

    // The same for a long read, on the core's aside thread
    // (CoreRuntime::postAside).
    template<typename R>
    void runAside(Job<R> job, QObject *receiver, std::function<void(exchange::Result<R>)> callback)
    {
        runOn(true, std::move(job), receiver, std::move(callback));
    }

    // Asks for a current code first; purpose is shown to the operator.
    template<typename R>
    void runConfirmed(const QString &purpose, Job<R> job, QObject *receiver,
                      std::function<void(exchange::Result<R>)> callback)
    {
        if (m_fixed) {
            exchange::security::Actor who = *m_fixed;
            who.secondFactor = true;
            m_runtime.post([job = std::move(job), who] { return job(who); }, receiver, std::move(callback));
            return;
        }
        if (!m_session) {
            callback(exchange::Result<R>(notSignedIn()));
            return;
        }
        if (m_pending) {
            callback(exchange::Result<R>(
                exchange::makeError(exchange::ErrorCode::Conflict, exchange::MessageId::TotpCodeAwaited)));
            return;
        }
        QPointer<QObject> guard(receiver);
        auto session = m_session;
        auto *operators = &m_operators;
        auto *runtime = &m_runtime;
        m_pending = Pending{
            [=](const std::string &code) {
                runtime->post(
                    [=]() -> exchange::Result<R> {
                        auto confirmed = confirmOnCore(*operators, *session, code);
                        if (!confirmed)
                            return confirmed.error();
                        return job(confirmed.value());
                    },
                    receiver, callback);
            },
            [=] {
                if (guard)
                    callback(exchange::Result<R>(
                        exchange::makeError(exchange::ErrorCode::Unauthorized, exchange::MessageId::TotpCodeNotGiven)));
            }};
        emit codeRequested(purpose);
    }

public slots:
    void submitCode(const QString &code);
    void cancelCode();

signals:
    void signedIn();
    void signedOut();
    // The store no longer lets the signed-in operator in (disabled,
    // removed): the console should lock. why: for the operator.
    void revoked(const QString &why);
    // A view asks the operator for a current code for `purpose`.
    void codeRequested(const QString &purpose);

private:
    template<typename R>
    void runOn(bool aside, Job<R> job, QObject *receiver, std::function<void(exchange::Result<R>)> callback)
    {
        if (!isSignedIn()) {
            callback(exchange::Result<R>(notSignedIn()));
            return;
        }
        std::function<exchange::Result<R>()> work;
        if (m_fixed) {
            work = [job = std::move(job), who = *m_fixed] { return job(who); };
        } else {
            // Who the operator is now, not at sign-in: an admin demoted or
            // disabled meanwhile (by another admin, in another console)
            // acts with the role the store gives, or not at all.
            work = [job = std::move(job), session = m_session, operators = &m_operators]() -> exchange::Result<R> {
                auto who = currentOnCore(*operators, *session);
                if (!who)
                    return who.error();
                return job(who.value());
            };
        }
        if (aside)
            m_runtime.postAside(std::move(work), receiver, std::move(callback));
        else
            m_runtime.post(std::move(work), receiver, std::move(callback));
    }

    struct Pending {
        std::function<void(const std::string &)> withCode;
        std::function<void()> cancel;
    };
    static exchange::Error notSignedIn();
    static exchange::Result<exchange::security::Actor> currentOnCore(exchange::security::OperatorService &operators,
                                                                     const exchange::security::Session &session);
    static exchange::Result<exchange::security::Actor> confirmOnCore(exchange::security::OperatorService &operators,
                                                                     exchange::security::Session &session,
                                                                     const std::string &code);

    exchange::CoreRuntime &m_runtime;
    exchange::security::OperatorService &m_operators;
    std::shared_ptr<exchange::security::Session> m_session;
    std::optional<exchange::security::Actor> m_fixed;
    std::optional<exchange::security::Actor> m_current; // as last read from the store, when it differs
    std::optional<Pending> m_pending;
};
