#include "initcommand.h"

#include "commandcontext.h"
#include "core/trade/demomarket.h"
#include "core/demo/demodata.h"
#include "core/runtime/systemclock.h"
#include "core/store/database.h"

void InitCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("demo"), QStringLiteral("Add the demo data set.")));
}

int InitCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("init takes no arguments"));
    // The one command that may create the database (mode 0600).
    exchange::Database *db = context.databaseWithoutMigration();
    if (!db)
        return Refused;
    if (auto migrated = db->migrate(); !migrated)
        return context.refuse(migrated.error());
    auto version = db->schemaVersion();
    if (!version)
        return context.refuse(version.error());
    context.out() << "schema version " << version.value() << " at " << db->url().redacted() << Qt::endl;
    if (parser.isSet(QStringLiteral("demo"))) {
        exchange::SystemClock clock;
        auto added = exchange::addDemoData(*db, clock);
        if (!added)
            return context.refuse(added.error());
        // The demo market (orders, fills, refusals) comes with the first demo data.
        if (added.value()) {
            if (auto market = exchange::trade::addDemoMarket(*db, clock); !market)
                return context.refuse(market.error());
        }
        context.out() << (added.value() ? "demo data added" : "demo data already present") << Qt::endl;
    }
    return Success;
}
