#include "ledgercheckcommand.h"

#include "commandcontext.h"
#include "core/store/database.h"
#include "core/ledger/ledgerchecker.h"
#include "core/base/systemclock.h"
#include "core/store/integritycheck.h"

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
    // The check ran the database's own (pages and indexes) first, where it has one.
    auto unavailable = IntegrityCheck(*db).unavailable();
    if (!unavailable)
        return context.refuse(unavailable.error());
    const bool integrityChecked = unavailable.value().empty();
    if (!integrityChecked)
        context.err() << "exctl: note: " << QString::fromStdString(unavailable.value()) << Qt::endl;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray found;
        for (const auto &d : r.discrepancies)
            found.append(QString::fromStdString(d));
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("clean"), r.clean()},
                                                    {QStringLiteral("transfers"), static_cast<qint64>(r.transfers)},
                                                    {QStringLiteral("accounts"), static_cast<qint64>(r.accounts)},
                                                    {QStringLiteral("integrity_checked"), integrityChecked},
                                                    {QStringLiteral("discrepancies"), found}}));
    } else if (r.clean()) {
        context.out() << "ledger clean: " << r.transfers << " transfers, " << r.accounts
                      << " accounts; debits equal credits per asset"
                      << (integrityChecked ? "; pages and indexes sound" : "") << Qt::endl;
    }
    if (r.clean())
        return Success;
    for (const auto &d : r.discrepancies)
        context.err() << "exctl: discrepancy: " << QString::fromStdString(d) << '\n';
    context.err() << "exctl: ledger check found " << r.discrepancies.size() << " discrepancies" << Qt::endl;
    return Refused;
}
