#include "operatorsignin.h"

#include "commandcontext.h"
#include "commands/operatorcli.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/security/operatorservice.h"
#include "core/security/role.h"

#include <unistd.h>

using namespace exchange;
using namespace exchange::security;

namespace {

Error refused(const QString &text)
{
    return Error{ErrorCode::Unauthorized, text.toStdString()};
}

} // namespace

OperatorSignIn::OperatorSignIn(QString username, Ask ask) : m_username(std::move(username)), m_ask(std::move(ask))
{
}

OperatorSignIn::~OperatorSignIn() = default;

OperatorSignIn::Ask OperatorSignIn::terminal(CommandContext &context)
{
    return [&context](const QString &prompt, bool hidden) -> std::optional<QByteArray> {
        if (!isatty(STDIN_FILENO))
            return std::nullopt;
        if (hidden)
            return operatorcli::readPassword(context, prompt);
        context.err() << prompt << Qt::flush;
        QByteArray line;
        int c = 0;
        while ((c = std::fgetc(stdin)) != EOF && c != '\n')
            line.append(static_cast<char>(c));
        return line.trimmed();
    };
}

Result<Actor> OperatorSignIn::signIn(Database &db)
{
    if (m_actor)
        return *m_actor;
    const std::string name = m_username.toStdString();
    QByteArray password = qgetenv("EXCTL_PASSWORD");
    if (password.isEmpty()) {
        auto asked = m_ask(QStringLiteral("Password for %1: ").arg(m_username), true);
        if (!asked)
            return refused(QStringLiteral("--operator %1 needs the password: set EXCTL_PASSWORD or run exctl on a "
                                          "terminal; nothing changed")
                               .arg(m_username));
        password = *asked;
    }
    SystemClock clock;
    AuditLog audit(db, clock);
    OperatorService operators(db, clock, audit);
    auto session = operators.login(name, password);
    password.fill('\0');
    if (!session)
        return session.error();
    m_session = std::move(session).value();
    // Who needs a code signs in with one, as in the console; an operator
    // or viewer without an authenticator acts without a second factor.
    if (!m_session->totpEnrolled() && !roleNeedsTotp(m_session->actor().role)) {
        auto current = operators.currentActor(*m_session);
        if (!current)
            return current.error();
        m_actor = current.value();
        return *m_actor;
    }
    QByteArray code = qgetenv("EXCTL_TOTP").trimmed();
    if (code.isEmpty()) {
        auto asked = m_ask(QStringLiteral("Two-factor code for %1: ").arg(m_username), false);
        if (!asked)
            return refused(QStringLiteral("--operator %1 needs a two-factor code: set EXCTL_TOTP or run exctl on a "
                                          "terminal; nothing changed")
                               .arg(m_username));
        code = *asked;
    }
    auto confirmed = operators.confirm(*m_session, code.toStdString());
    if (!confirmed)
        return confirmed.error();
    m_actor = confirmed.value();
    return *m_actor;
}
