#include "stellarmemorequiredcommand.h"

#include "commandcontext.h"
#include "stellartrustlinecli.h"
#include "vaultcli.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/wallets/stellarmemorequired.h"

#include <QJsonObject>
#include <QSaveFile>

using namespace exchange;

namespace {

QString requirementText(wallets::MemoRequirement r)
{
    switch (r) {
    case wallets::MemoRequirement::Set:
        return QStringLiteral("set");
    case wallets::MemoRequirement::NotSet:
        return QStringLiteral("not_set");
    case wallets::MemoRequirement::AccountMissing:
        return QStringLiteral("account_missing");
    }
    return QStringLiteral("account_missing");
}

int show(CommandContext &context, const QCommandLineParser &parser, stellartrustlinecli::Services &services)
{
    auto state = services.memoRequired().state();
    if (!state)
        return context.refuse(state.error());
    const wallets::MemoRequiredState &s = state.value();
    const QString address = QString::fromStdString(s.address);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject j{{QStringLiteral("address"), address}, {QStringLiteral("memo_required"), requirementText(s.requirement)}};
        if (s.value)
            j.insert(QStringLiteral("value_base64"), QString::fromLatin1(s.value->toBase64()));
        context.printJson(QJsonDocument(j));
    } else if (s.requirement == wallets::MemoRequirement::AccountMissing) {
        context.out() << "the base account " << address << " does not exist on the network" << Qt::endl;
    } else if (s.requirement == wallets::MemoRequirement::Set) {
        context.out() << "the base account " << address << " requires a memo (config.memo_required = 1)" << Qt::endl;
    } else {
        context.out() << "the base account " << address << " does not require a memo"
                      << (s.value ? " (config.memo_required is not 1)" : "") << ": exctl stellar memo-required on" << Qt::endl;
    }
    return Command::Success;
}

} // namespace

void StellarMemoRequiredCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("export"),
                                        QStringLiteral("on, off: write the unsigned transaction to FILE, to sign offline with hot's key "
                                                       "(for a hot key that is not in the vault)."),
                                        QStringLiteral("FILE")));
    parser.addOption(vaultcli::passphraseFileOption());
}

int StellarMemoRequiredCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1 || (args.size() == 1 && args.at(0) != QLatin1String("on") && args.at(0) != QLatin1String("off")))
        return context.usageError(QStringLiteral("stellar memo-required takes on, off or nothing (show the state)"));
    const bool exporting = parser.isSet(QStringLiteral("export"));
    if (args.isEmpty() && exporting)
        return context.usageError(QStringLiteral("--export goes with on or off"));
    Database *db = context.database();
    if (!db)
        return Refused;
    stellartrustlinecli::Services services(*db);
    if (args.isEmpty()) {
        if (auto opened = services.open(context); !opened)
            return context.refuse(opened.error());
        return show(context, parser, services);
    }
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    if (!exporting) {
        if (auto unlocked = services.vault().unlock(context, parser); !unlocked)
            return context.refuse(unlocked.error());
        if (!wallets::StellarMemoRequired::vaultSigns(&services.vault().vault(), *actor))
            return context.refuse(QStringLiteral("the vault holds no hot:stellar key: give --export FILE to sign the transaction offline "
                                                 "with hot's key; nothing made"));
    }
    if (auto opened = services.open(context); !opened)
        return context.refuse(opened.error());
    const bool required = args.at(0) == QLatin1String("on");
    auto made = services.memoRequired().set(*actor, required, exporting ? nullptr : &services.vault().vault());
    if (!made)
        return context.refuse(made.error());
    const wallets::MemoRequiredOutcome &o = made.value();
    const QString file = parser.value(QStringLiteral("export"));
    if (exporting && !o.unchanged) {
        QSaveFile out(file);
        const QByteArray contents = QByteArray::fromStdString(o.envelope) + "\n";
        if (!out.open(QIODevice::WriteOnly) || out.write(contents) != contents.size() || !out.commit())
            return context.refuse(QStringLiteral("cannot write %1: %2 (nothing was sent; run the command again)").arg(file, out.errorString()));
    }
    const QString address = QString::fromStdString(o.before.address);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject j{{QStringLiteral("address"), address},
                      {QStringLiteral("memo_required"), required},
                      {QStringLiteral("before"), requirementText(o.before.requirement)},
                      {QStringLiteral("unchanged"), o.unchanged},
                      {QStringLiteral("submitted"), o.submitted}};
        if (!o.unchanged) {
            j.insert(QStringLiteral("txid"), QString::fromStdString(o.txid));
            if (exporting)
                j.insert(QStringLiteral("file"), file);
        }
        context.printJson(QJsonDocument(j));
    } else if (o.unchanged) {
        context.out() << "the base account " << address << (required ? " requires a memo" : " does not require a memo")
                      << " already: nothing made" << Qt::endl;
    } else if (o.submitted) {
        context.out() << "the base account " << address << (required ? " now requires a memo" : " no longer requires a memo")
                      << ": transaction " << QString::fromStdString(o.txid) << Qt::endl;
    } else {
        context.out() << "unsigned manage_data " << (required ? "setting" : "deleting") << " config.memo_required of the base account "
                      << address << " written to " << file
                      << ": sign it with hot's key offline and submit it; exctl stellar memo-required shows the state once it is on the ledger"
                      << Qt::endl;
    }
    return Success;
}
