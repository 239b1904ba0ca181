#include "customerimportcommand.h"

#include "commandcontext.h"
#include "customercli.h"
#include "core/customers/customerfile.h"
#include "core/customers/customerservice.h"
#include "core/store/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace exchange;

int CustomerImportCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("customer import needs one FILE"));
    QFile file(args.at(0));
    if (!file.open(QIODevice::ReadOnly))
        return context.refuse(QStringLiteral("cannot read %1: %2").arg(args.at(0), file.errorString()));
    if (file.size() > customers::CustomerFile::kMaxBytes)
        return context.refuse(QStringLiteral("%1 is larger than 64 MiB; split it").arg(args.at(0)));
    const QByteArray bytes = file.readAll();
    Database *db = context.database();
    if (!db)
        return Refused;
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    customercli::Services services(*db);
    auto imported = services.customers().import(*actor, bytes);
    if (!imported)
        return context.refuse(imported.error());
    int counts[3] = {0, 0, 0};
    for (const customers::ImportLine &l : imported.value())
        ++counts[static_cast<int>(l.outcome)];
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray lines;
        for (const customers::ImportLine &l : imported.value())
            lines.append(QJsonObject{{QStringLiteral("line"), l.line},
                                     {QStringLiteral("external_id"), l.externalId},
                                     {QStringLiteral("id"), l.customerId},
                                     {QStringLiteral("outcome"), QLatin1String(customers::importOutcomeName(l.outcome))}});
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("lines"), lines},
                                                    {QStringLiteral("added"), counts[0]},
                                                    {QStringLiteral("updated"), counts[1]},
                                                    {QStringLiteral("unchanged"), counts[2]}}));
        return Success;
    }
    QTextStream &out = context.out();
    for (const customers::ImportLine &l : imported.value())
        out << QStringLiteral("line %1: %2 %3\n").arg(l.line).arg(QLatin1String(customers::importOutcomeName(l.outcome)), l.externalId);
    out << QStringLiteral("%1 added, %2 updated, %3 unchanged\n").arg(counts[0]).arg(counts[1]).arg(counts[2]);
    out.flush();
    return Success;
}
