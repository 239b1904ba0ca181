#pragma once
// exctl --operator NAME: the person a command acts as, signed in exactly as
// the console signs them in (OperatorService::login, then confirm with a
// current two-factor code: the same growing delay after wrong passwords, the
// same audit of refused sign-ins and wrong codes, each code used once).
//
// The password comes from EXCTL_PASSWORD or is asked without echo on a
// terminal; the code from EXCTL_TOTP or asked on a terminal. With neither a
// variable nor a terminal the sign-in is refused at once, never waiting for
// input that cannot come (scripts and CI run without stdin).
//
// The Session lives as long as the command: what the console's decisions
// carry from the session, exctl's carry too.

#include "core/base/result.h"
#include "core/security/actor.h"
#include "core/security/session.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class CommandContext;

namespace exchange { class Database; }

class OperatorSignIn final
{
public:
    // How a missing password or code is asked for: the prompt, whether to
    // hide what is typed; nothing when there is no terminal to ask on.
    using Ask = std::function<std::optional<QByteArray>(const QString &prompt, bool hidden)>;

    OperatorSignIn(QString username, Ask ask);
    ~OperatorSignIn();
    Q_DISABLE_COPY_MOVE(OperatorSignIn)

    // Signs in on db (once; later calls return the same actor). The error
    // says why in one line.
    exchange::Result<exchange::security::Actor> signIn(exchange::Database &db);

    const QString &username() const { return m_username; }
    // The session of the signed-in operator, null before signIn succeeded.
    const exchange::security::Session *session() const { return m_session.get(); }

    // Reads EXCTL_PASSWORD / EXCTL_TOTP, else asks on the terminal.
    static Ask terminal(CommandContext &context);

private:
    QString m_username;
    Ask m_ask;
    std::shared_ptr<exchange::security::Session> m_session;
    std::optional<exchange::security::Actor> m_actor;
};
