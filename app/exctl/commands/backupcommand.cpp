#include "backupcommand.h"

#include "commandcontext.h"
#include "operatorcli.h"
#include "core/runtime/databasebackup.h"
#include "core/base/systemclock.h"
#include "core/store/database.h"
#include "core/store/existingdatabase.h"
#include "core/runtime/schema.h"

#include <QElapsedTimer>

using namespace exchange;

void BackupCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("to"), QStringLiteral("The backup file to write; it must not exist."),
                                        QStringLiteral("FILE")));
}

int BackupCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("backup takes no arguments, only --to FILE"));
    const QString to = parser.value(QStringLiteral("to"));
    if (to.isEmpty())
        return context.usageError(QStringLiteral("backup needs --to FILE"));
    auto url = DatabaseUrl::parse(context.databaseUrl());
    if (!url)
        return context.usageError(QStringLiteral("--db: %1").arg(QString::fromStdString(url.error().message)));
    // Said before any connection: there is nothing to try on PostgreSQL.
    if (const std::string advice = DatabaseBackup::postgresAdvice(url.value(), false); !advice.empty())
        return context.refuse(QString::fromStdString(advice));
    // As it is: a backup taken before an upgrade must not be migrated first.
    auto source = openExistingDatabase(context.databaseUrl());
    if (!source)
        return context.refuse(source.error());

    SystemClock clock;
    QElapsedTimer timer;
    timer.start();
    auto report = DatabaseBackup(clock, operatorcli::cliActor()).backup(*source.value(), to);
    if (!report)
        return context.refuse(report.error());
    const BackupReport &r = report.value();
    context.out() << "backup of " << url.value().redacted() << " written to " << r.file << ": ";
    if (r.booksChecked)
        context.out() << r.transfers << " transfers, " << r.auditRecords << " audit records, ledger clean, audit chain intact";
    else
        context.out() << "schema version " << r.schemaVersion << " (this build's is " << allMigrations().latestVersion()
                      << "): pages and indexes sound; the ledger check and the audit chain need this build's schema and "
                         "were not run (restoring it migrates and runs them)";
    context.out() << " (" << r.pages << " pages, " << timer.elapsed() << " ms)" << Qt::endl;
    if (!r.auditProblem.empty())
        context.err() << "exctl: warning: the backup is written, but its audit record could not be: "
                      << QString::fromStdString(r.auditProblem) << Qt::endl;
    return Success;
}
