#include "orderscancelcommand.h"

#include "commandcontext.h"
#include "core/ledger/ledgerservice.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/trade/tradeservice.h"

using namespace exchange;

int OrdersCancelCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("orders cancel takes one order id"));
    bool ok = false;
    const qint64 id = args.front().toLongLong(&ok);
    if (!ok || id <= 0)
        return context.notAn(args.front(), QStringLiteral("an order id"));
    Database *db = context.database();
    if (!db)
        return Refused;
    SystemClock clock;
    ledger::LedgerService ledger(*db, clock);
    security::AuditLog audit(*db, clock);
    trade::TradeService trades(*db, ledger, clock, audit);
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto cancelled = trades.cancelByOperator(*actor, id);
    if (!cancelled)
        return context.refuse(cancelled.error());
    context.out() << "cancelled order " << id << "; its remainder is owed back to "
                  << QString::fromStdString(cancelled->senderPk) << Qt::endl;
    return Success;
}
