#include "dbgrantconsolecommand.h"

#include "commandcontext.h"
#include "core/runtime/consolerole.h"

using namespace exchange;

int DbGrantConsoleCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || args.front().isEmpty())
        return context.usageError(QStringLiteral("db grant-console takes one argument: the login role"));
    Database *db = context.database();
    if (!db)
        return Refused;
    auto granted = ConsoleRole::grantTo(*db, args.front());
    if (!granted)
        return context.refuse(granted.error());
    context.out() << QString::fromStdString(granted.value().message) << Qt::endl;
    return Success;
}
