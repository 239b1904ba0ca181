#include "ledgercheckcommand.h"

#include "commandcontext.h"
#include "core/store/database.h"
#include "core/ledger/ledgerchecker.h"
#include "core/runtime/systemclock.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace exchange;

int LedgerCheckCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("ledger check takes no arguments"));
    Database *db = context.database();
    if (!db)
        return Refused;
    SystemClock clock;
    auto report = ledger::LedgerChecker(*db, clock).check();
    if (!report)
        return context.refuse(report.error());
    const auto &r = report.value();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray found;
        for (const auto &d : r.discrepancies)
            found.append(QString::fromStdString(d));
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("clean"), r.clean()},
                                                    {QStringLiteral("transfers"), static_cast<qint64>(r.transfers)},
                                                    {QStringLiteral("accounts"), static_cast<qint64>(r.accounts)},
                                                    {QStringLiteral("discrepancies"), found}}));
    } else if (r.clean()) {
        context.out() << "ledger clean: " << r.transfers << " transfers, " << r.accounts
                      << " accounts; debits equal credits per asset" << Qt::endl;
    }
    if (r.clean())
        return Success;
    for (const auto &d : r.discrepancies)
        context.err() << "exctl: discrepancy: " << QString::fromStdString(d) << '\n';
    context.err() << "exctl: ledger check found " << r.discrepancies.size() << " discrepancies" << Qt::endl;
    return Refused;
}
