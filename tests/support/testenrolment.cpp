#include "testenrolment.h"

#include "core/base/manualclock.h"
#include "core/base/systemclock.h"
#include "core/security/actor.h"
#include "core/security/auditlog.h"
#include "core/security/operatorservice.h"
#include "core/security/totp.h"

exchange::Result<qint64> enrolTestOperator(exchange::Database &db, const std::string &name, exchange::security::Role role,
                                           const QByteArray &password, const QByteArray &totpSecret)
{
    using namespace exchange;
    using namespace exchange::security;
    SystemClock clock;
    AuditLog audit(db, clock);
    OperatorService operators(db, clock, audit);
    if (auto added = operators.add(Actor::cli("tests"), name, role, password); !added)
        return added.error();
    auto session = operators.login(name, password);
    if (!session)
        return session.error();
    if (auto begun = operators.beginEnrolment(*session.value(), totpSecret); !begun)
        return begun.error();
    // The code and its check read one instant, so a step that ends in
    // between cannot refuse the code.
    const ManualClock now(clock.nowMs());
    const qint64 step = Totp::stepAt(now.nowMs() / 1000) - 1;
    OperatorService atNow(db, now, audit);
    if (auto enrolled = atNow.confirmEnrolment(*session.value(), Totp::codeForStep(totpSecret, step)); !enrolled)
        return enrolled.error();
    return step;
}
