#include "apiclientaddcommand.h"

#include "apiclientcli.h"
#include "commandcontext.h"
#include "core/api/apiclientservice.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"

#include <QJsonDocument>

using namespace exchange;

void ApiClientAddCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("public-key"),
                                        QStringLiteral("The client's Ed25519 public key: 64 hex digits or base64 of 32 bytes."),
                                        QStringLiteral("KEY")));
    parser.addOption(QCommandLineOption(QStringLiteral("scopes"),
                                        QStringLiteral("What it may call, comma-separated: read, customers, withdrawals."),
                                        QStringLiteral("LIST")));
}

int ApiClientAddCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("api-client add needs one NAME"));
    if (!parser.isSet(QStringLiteral("public-key")) || !parser.isSet(QStringLiteral("scopes")))
        return context.usageError(QStringLiteral("api-client add needs --public-key and --scopes"));
    Database *db = context.database();
    if (!db)
        return Refused;
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    SystemClock clock;
    security::AuditLog audit(*db, clock);
    auto added = api::ApiClientService(*db, clock, audit)
                     .add(*actor, args.first(), parser.value(QStringLiteral("public-key")), parser.value(QStringLiteral("scopes")));
    if (!added)
        return context.refuse(added.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(apiclientcli::toJson(added.value())));
    else
        context.out() << "added " << apiclientcli::describe(added.value()) << Qt::endl;
    return Success;
}
