#include "customerstatecommand.h"

#include "commandcontext.h"
#include "customercli.h"
#include "core/customers/customerservice.h"
#include "core/store/database.h"

#include <QJsonDocument>

using namespace exchange;

QString CustomerStateCommand::name() const
{
    switch (m_change) {
    case Change::Freeze: return QStringLiteral("customer freeze");
    case Change::Unfreeze: return QStringLiteral("customer unfreeze");
    case Change::Close: return QStringLiteral("customer close");
    }
    return QString();
}

QString CustomerStateCommand::summary() const
{
    switch (m_change) {
    case Change::Freeze:
        return QStringLiteral("Freeze a customer: deposits still credited, no withdrawal requested, approved or paid (audited)");
    case Change::Unfreeze: return QStringLiteral("Unfreeze a customer: their waiting payouts resume (audited)");
    case Change::Close: return QStringLiteral("Close a customer who has nothing on any account and nothing held (audited)");
    }
    return QString();
}

int CustomerStateCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(name() + QStringLiteral(" needs one EXTERNAL_ID"));
    Database *db = context.database();
    if (!db)
        return Refused;
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    customercli::Services services(*db);
    auto &customers = services.customers();
    Result<Customer> done = Error{};
    const char *said = "";
    switch (m_change) {
    case Change::Freeze:
        done = customers.freeze(*actor, args.at(0));
        said = "frozen";
        break;
    case Change::Unfreeze:
        done = customers.unfreeze(*actor, args.at(0));
        said = "unfrozen";
        break;
    case Change::Close:
        done = customers.close(*actor, args.at(0));
        said = "closed";
        break;
    }
    if (!done)
        return context.refuse(done.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(customercli::toJson(done.value())));
    else
        context.out() << said << ' ' << customercli::describe(done.value()) << Qt::endl;
    return Success;
}
