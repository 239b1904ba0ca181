#include "migratecommand.h"

#include "commandcontext.h"
#include "core/base/systemclock.h"
#include "core/runtime/consolerole.h"
#include "core/runtime/verifieddatabasecopy.h"
#include "core/store/database.h"
#include "core/store/existingdatabase.h"

#include <QElapsedTimer>

using namespace exchange;

void MigrateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("from"), QStringLiteral("The database to copy (sqlite:///path/exchange.db)."), QStringLiteral("URL")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"), QStringLiteral("The new, empty database (postgresql://user:password@host:port/db)."), QStringLiteral("URL")));
    parser.addOption(QCommandLineOption(QStringLiteral("migrate-source"),
                                        QStringLiteral("Bring an older source up to this build's schema first (writes to the source).")));
}

int MigrateCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("migrate takes no arguments, only --from and --to"));
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty())
        return context.usageError(QStringLiteral("migrate needs --from URL and --to URL"));
    auto fromUrl = DatabaseUrl::parse(from);
    if (!fromUrl)
        return context.usageError(QStringLiteral("--from: %1").arg(QString::fromStdString(fromUrl.error().message)));
    auto toUrl = DatabaseUrl::parse(to);
    if (!toUrl)
        return context.usageError(QStringLiteral("--to: %1").arg(QString::fromStdString(toUrl.error().message)));
    if (fromUrl.value().redacted() == toUrl.value().redacted())
        return context.usageError(QStringLiteral("--from and --to name the same database"));
    // The source must be an exchange database already; only the target may be created.
    auto source = openExistingDatabase(from);
    if (!source)
        return context.refuse(source.error());
    auto target = Database::open(to);
    if (!target)
        return context.refuse(target.error());

    context.out() << "copying " << fromUrl.value().redacted() << " to " << toUrl.value().redacted() << Qt::endl;
    SystemClock clock;
    VerifiedDatabaseCopy copy(*source.value(), *target.value(), clock);
    copy.copier().setMigrateSource(parser.isSet(QStringLiteral("migrate-source")));
    QElapsedTimer timer;
    timer.start();
    auto report = copy.run();
    if (!report)
        return context.refuse(report.error());
    const VerifiedCopyReport &r = report.value();
    for (const TableCount &table : r.copy.tables)
        context.out() << QStringLiteral("  %1 %2").arg(table.table, -28).arg(table.rows, 10) << '\n';
    context.out() << "row counts: equal on both, " << r.copy.totalRows << " rows in " << r.copy.tables.size()
                  << " tables (schema version " << r.copy.schemaVersion << ")\n";
    context.out() << "ledger check: clean on both (" << r.ledgerTransfers << " transfers, " << r.ledgerAccounts
                  << " accounts)\n";
    context.out() << "audit chain: " << r.auditRecords << " entries verified on both, head "
                  << (r.auditHead.empty() ? QStringLiteral("(empty)") : QString::fromStdString(r.auditHead)) << '\n';
    context.out() << "migrated to " << toUrl.value().redacted() << " in " << timer.elapsed() << " ms" << Qt::endl;
    // PostgreSQL: the consoles' role gets its grants on the copied tables.
    auto role = ConsoleRole::ensure(*target.value());
    if (!role)
        return context.refuse(role.error());
    if (!role.value().message.empty())
        context.out() << QString::fromStdString(role.value().message) << Qt::endl;
    return Success;
}
