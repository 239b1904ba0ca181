#include "initcommand.h"

#include "commandcontext.h"
#include "operatorcli.h"
#include "vaultcli.h"
#include "core/trade/demomarket.h"
#include "core/demo/demodata.h"
#include "core/runtime/consolerole.h"
#include "core/runtime/schema.h"
#include "core/base/systemclock.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/trade/exchangeaddresses.h"
#include "core/trade/tradekeys.h"

#include <QStringList>

using namespace exchange;

void InitCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("demo"), QStringLiteral("Add the demo data set.")));
    QCommandLineOption passphrase = vaultcli::passphraseFileOption();
    passphrase.setDescription(QStringLiteral("Create the key vault with the passphrase on the first line of FILE "
                                             "(or unlock the one there) and generate the exchange's trade keys."));
    parser.addOption(passphrase);
}

namespace {

// Outside the demo: each chain without a trade address gets a fresh trade
// key in the vault when a passphrase file is given, or a line saying the
// trade API refuses it until one is set.
int configureTradeKeys(CommandContext &context, const QCommandLineParser &parser, Database &db)
{
    vaultcli::Vault vault(db);
    trade::ExchangeAddresses addresses(db, vault.audit());
    QStringList missing;
    for (const Chain chain : {Chain::Ethereum, Chain::Algorand, Chain::Stellar}) {
        auto address = addresses.address(chain);
        if (!address)
            return context.refuse(address.error());
        if (!address.value())
            missing << QString::fromLatin1(chainName(chain));
    }
    if (missing.isEmpty())
        return Command::Success;
    if (!parser.isSet(vaultcli::passphraseFileOption())) {
        context.out() << "no trade address for " << missing.join(QStringLiteral(", "))
                      << ": the trade API refuses orders there until exctl trade address generate (or set) gives one"
                      << Qt::endl;
        return Command::Success;
    }
    auto state = vault.vault().state();
    if (!state)
        return context.refuse(state.error());
    if (state.value() == security::KeyVault::State::Uninitialized) {
        auto passphrase = vaultcli::readPassphrase(context, parser, QString());
        if (!passphrase)
            return context.refuse(passphrase.error());
        auto created = vault.vault().initialize(operatorcli::cliActor(), passphrase.value());
        passphrase.value().fill('\0');
        if (!created)
            return context.refuse(created.error());
        context.out() << "key vault created; it pins no admin's signing key yet: nothing is signed until the first"
                         " admin pins theirs (exctl --operator ADMIN vault pin)"
                      << Qt::endl;
    } else if (auto unlocked = vault.unlock(context, parser); !unlocked) {
        return context.refuse(unlocked.error());
    }
    trade::TradeKeys keys(vault.vault(), addresses);
    for (const QString &name : missing) {
        const Chain chain = *chainFromName(name.toStdString());
        auto generated = keys.generate(operatorcli::cliActor(), chain, trade::TradeKeys::Existing::Refuse);
        if (!generated)
            return context.refuse(generated.error());
        context.out() << "the exchange's " << name << " trade address is " << QString::fromStdString(generated.value().address)
                      << " (vault key " << QString::fromStdString(generated.value().keyName) << ")" << Qt::endl;
    }
    return Command::Success;
}

} // namespace

int InitCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("init takes no arguments"));
    if (parser.isSet(QStringLiteral("demo")) && parser.isSet(vaultcli::passphraseFileOption()))
        return context.usageError(QStringLiteral("--vault-passphrase-file is for a real exchange: the demo keeps its published keys"));
    // The one command that may create the database (mode 0600).
    Database *db = context.databaseWithoutMigration();
    if (!db)
        return Refused;
    if (auto migrated = db->migrate(allMigrations()); !migrated)
        return context.refuse(migrated.error());
    auto version = db->schemaVersion();
    if (!version)
        return context.refuse(version.error());
    context.out() << "schema version " << version.value() << " at " << db->url().redacted() << Qt::endl;
    // PostgreSQL: the consoles' role gets its grants on the tables just made.
    auto role = ConsoleRole::ensure(*db);
    if (!role)
        return context.refuse(role.error());
    if (!role.value().message.empty())
        context.out() << QString::fromStdString(role.value().message) << Qt::endl;
    if (parser.isSet(QStringLiteral("demo"))) {
        SystemClock clock;
        auto added = addDemoData(*db, clock);
        if (!added)
            return context.refuse(added.error());
        // The demo market (orders, fills, refusals) comes with the first demo data.
        if (added.value()) {
            if (auto market = trade::addDemoMarket(*db, clock); !market)
                return context.refuse(market.error());
        }
        context.out() << (added.value() ? "demo data added" : "demo data already present") << Qt::endl;
        return Success;
    }
    return configureTradeKeys(context, parser, *db);
}
