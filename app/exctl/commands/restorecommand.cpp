#include "restorecommand.h"

#include "commandcontext.h"
#include "operatorcli.h"
#include "core/runtime/databasebackup.h"
#include "core/base/systemclock.h"
#include "core/store/databaseurl.h"

using namespace exchange;

void RestoreCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("from"),
                                        QStringLiteral("The backup file (written by exctl backup); --db names the new database it becomes."),
                                        QStringLiteral("FILE")));
}

int RestoreCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("restore takes no arguments, only --from FILE (and --db for where)"));
    const QString from = parser.value(QStringLiteral("from"));
    if (from.isEmpty())
        return context.usageError(QStringLiteral("restore needs --from FILE"));
    auto url = DatabaseUrl::parse(context.databaseUrl());
    if (!url)
        return context.usageError(QStringLiteral("--db: %1").arg(QString::fromStdString(url.error().message)));

    SystemClock clock;
    auto report = DatabaseBackup(clock, operatorcli::cliActor()).restore(from, context.databaseUrl());
    if (!report)
        return context.refuse(report.error());
    const BackupReport &r = report.value();
    context.out() << "restored " << from << " to " << url.value().redacted() << ": " << r.transfers << " transfers, "
                  << r.auditRecords << " audit records, ledger clean, audit chain intact (schema version "
                  << r.schemaVersion << ")" << Qt::endl;
    return Success;
}
