#include "depositassigncommand.h"

#include "commandcontext.h"
#include "depositcli.h"
#include "core/deposits/depositservice.h"
#include "core/store/database.h"

using namespace exchange;

int DepositAssignCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.usageError(QStringLiteral("deposit assign needs DEPOSIT and CUSTOMER"));
    bool depositOk = false, customerOk = false;
    const qint64 depositId = args.at(0).toLongLong(&depositOk);
    const qint64 customerId = args.at(1).toLongLong(&customerOk);
    if (!depositOk)
        return context.notAn(args.at(0), QStringLiteral("a deposit id"));
    if (!customerOk)
        return context.notAn(args.at(1), QStringLiteral("a customer id"));
    Database *db = context.database();
    if (!db)
        return Refused;
    depositcli::Services services(*db);
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto assigned = services.deposits().assign(*actor, depositId, customerId);
    if (!assigned)
        return context.refuse(assigned.error());
    context.out() << "deposit " << depositId << " credited to customer " << customerId << " ("
                  << QString::fromLatin1(deposits::depositStateName(assigned.value().state)) << ")" << Qt::endl;
    return Success;
}
