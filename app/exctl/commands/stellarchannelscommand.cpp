#include "stellarchannelscommand.h"

#include "commandcontext.h"
#include "stellartrustlinecli.h"
#include "vaultcli.h"
#include "core/store/database.h"
#include "core/withdrawals/stellarchannels.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace exchange;
using namespace exchange::wallets;
using namespace exchange::withdrawals;

namespace {

QJsonObject channelJson(const StellarChannel &c)
{
    return {{QStringLiteral("id"), static_cast<qint64>(c.id)},
            {QStringLiteral("address"), QString::fromStdString(c.address)},
            {QStringLiteral("key_name"), QString::fromStdString(c.keyName)},
            {QStringLiteral("state"), QString::fromLatin1(channelStateName(c.state))},
            {QStringLiteral("sequence"), QString::number(c.sequence)},
            {QStringLiteral("txid"), QString::fromStdString(c.txid)},
            {QStringLiteral("note"), QString::fromStdString(c.note)}};
}

int show(CommandContext &context, const QCommandLineParser &parser, StellarChannels &channels, const ChannelsOutcome *outcome)
{
    auto all = channels.list();
    if (!all)
        return context.refuse(all.error());
    Database *db = context.database();
    auto pool = StellarChannels::poolSize(*db);
    if (!pool)
        return context.refuse(pool.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const StellarChannel &c : all.value())
            rows.append(channelJson(c));
        QJsonObject j{{QStringLiteral("pool_size"), pool.value()}, {QStringLiteral("channels"), rows}};
        if (outcome) {
            QJsonArray notes;
            for (const std::string &n : outcome->notes)
                notes.append(QString::fromStdString(n));
            j.insert(QStringLiteral("created"), outcome->created);
            j.insert(QStringLiteral("activated"), outcome->activated);
            j.insert(QStringLiteral("merged"), outcome->merged);
            j.insert(QStringLiteral("notes"), notes);
        }
        context.printJson(QJsonDocument(j));
        return Command::Success;
    }
    if (outcome) {
        context.out() << outcome->created << " channel(s) signed for, " << outcome->activated << " became active, "
                      << outcome->merged << " merged into hot" << Qt::endl;
        for (const std::string &n : outcome->notes)
            context.out() << "note: " << QString::fromStdString(n) << Qt::endl;
    }
    context.out() << "pool: payouts use up to " << pool.value() << " channel(s)" << Qt::endl;
    for (const StellarChannel &c : all.value())
        context.out() << QString::fromStdString(c.address) << "  " << QString::fromStdString(c.keyName) << "  "
                      << QString::fromLatin1(channelStateName(c.state)) << "  " << QString::fromStdString(c.note) << Qt::endl;
    return Command::Success;
}

} // namespace

void StellarChannelsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(vaultcli::passphraseFileOption());
}

int StellarChannelsCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString verb = args.value(0);
    const bool create = verb == QLatin1String("create");
    if (args.isEmpty() || (create && args.size() != 2) || (!create && args.size() != 1)
        || (verb != QLatin1String("list") && !create && verb != QLatin1String("merge")))
        return context.usageError(QStringLiteral("stellar channels takes list, create N or merge"));
    int count = 0;
    if (create) {
        bool ok = false;
        count = args.at(1).toInt(&ok);
        if (!ok || count < 1 || count > StellarChannels::kMaxChannels)
            return context.usageError(QStringLiteral("stellar channels create takes a number of channels from 1 to 100"));
    }
    Database *db = context.database();
    if (!db)
        return Refused;
    stellartrustlinecli::Services services(*db);
    if (verb == QLatin1String("list")) {
        if (auto opened = services.open(context); !opened)
            return context.refuse(opened.error());
        return show(context, parser, services.channels(), nullptr);
    }
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    if (auto unlocked = services.vault().unlock(context, parser); !unlocked)
        return context.refuse(unlocked.error());
    if (auto opened = services.open(context); !opened)
        return context.refuse(opened.error());
    auto done = create ? services.channels().create(*actor, count, services.vault().vault())
                       : services.channels().merge(*actor, services.vault().vault());
    if (!done)
        return context.refuse(done.error());
    return show(context, parser, services.channels(), &done.value());
}
