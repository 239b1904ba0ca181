#include "auditverifycommand.h"

#include "commandcontext.h"
#include "core/base/systemclock.h"
#include "core/security/auditheadcheck.h"
#include "core/security/auditlog.h"
#include "core/security/signerjournal.h"

#include <QJsonObject>

using namespace exchange;
using namespace exchange::security;

int AuditVerifyCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("audit verify takes no arguments"));
    Database *db = context.database();
    if (!db)
        return Refused;
    SystemClock clock;
    AuditLog audit(*db, clock);
    auto verified = audit.verify();
    if (!verified)
        return context.refuse(verified.error());
    AuditVerification v = verified.value();
    // An intact chain may still be an earlier one than the signer saw.
    if (v.intact) {
        auto cut = AuditHeadCheck::check(*db, audit, SignerJournal::directory());
        if (!cut)
            return context.refuse(cut.error());
        if (cut.value()) {
            v.intact = false;
            v.firstBadSeq = v.records + 1;
            v.problem = cut.value()->english();
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("intact"), v.intact}, {QStringLiteral("records"), v.records}};
        if (v.intact)
            o.insert(QStringLiteral("head_hash"), QString::fromStdString(v.headHash));
        if (v.firstBadSeq) {
            o.insert(QStringLiteral("first_bad_record"), *v.firstBadSeq);
            o.insert(QStringLiteral("problem"), QString::fromStdString(v.problem));
        }
        context.printJson(QJsonDocument(o));
        return v.intact ? Success : Refused;
    }
    if (!v.intact)
        return context.refuse(QStringLiteral("audit log damaged: %1").arg(QString::fromStdString(v.problem)));
    context.out() << "audit log intact: " << v.records << " records, head "
                  << (v.headHash.empty() ? QStringLiteral("(empty)") : QString::fromStdString(v.headHash)) << Qt::endl;
    return Success;
}
