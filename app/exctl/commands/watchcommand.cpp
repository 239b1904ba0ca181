#include "watchcommand.h"

#include "commandcontext.h"
#include "depositcli.h"
#include "operatorcli.h"
#include "core/base/message.h"
#include "core/deposits/algorandwatcher.h"
#include "core/deposits/depositservice.h"
#include "core/deposits/ethereumwatcher.h"
#include "core/deposits/stellarwatcher.h"
#include "core/wallets/walletservice.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUrl>

using namespace exchange;

void WatchCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("once"),
                                        QStringLiteral("Stop once every confirmed block or round is read (Ethereum, Algorand).")));
    parser.addOption(QCommandLineOption(QStringLiteral("from"),
                                        QStringLiteral("First read again from this block (Ethereum) or round (Algorand), or "
                                                       "this paging token (Stellar)."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("for-seconds"), QStringLiteral("Stop after this many seconds."),
                                        QStringLiteral("S")));
    parser.addOption(QCommandLineOption(QStringLiteral("vault-passphrase-file"),
                                        QStringLiteral("Open the key vault with the passphrase in FILE to read the admin key it "
                                                       "pins: a chain with tokens is watched only when their signed identities "
                                                       "can be checked."),
                                        QStringLiteral("FILE")));
}

namespace {

// The deposit addresses of a chain (Ethereum and Algorand customers pay
// their own), or the hot (base) account on Stellar.
std::vector<std::string> watchedAddresses(const std::vector<wallets::Wallet> &all, Chain chain)
{
    std::vector<std::string> addresses;
    for (const wallets::Wallet &w : all) {
        const bool watched = chain == Chain::Stellar ? w.tier == wallets::WalletTier::Hot : w.tier == wallets::WalletTier::Deposit;
        if (w.chain == chain && watched)
            addresses.push_back(w.address);
    }
    return addresses;
}

} // namespace

int WatchCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("watch takes one chain: ethereum, algorand or stellar"));
    const auto chain = chainFromName(parser.positionalArguments().first().toStdString());
    if (!chain)
        return context.usageError(QStringLiteral("the chain is ethereum, algorand or stellar"));
    bool ok = true;
    const int seconds = parser.isSet(QStringLiteral("for-seconds")) ? parser.value(QStringLiteral("for-seconds")).toInt(&ok) : 0;
    if (!ok || seconds < 0)
        return context.usageError(QStringLiteral("--for-seconds takes a whole number"));
    Database *db = context.database();
    if (!db)
        return Refused;
    depositcli::Services services(*db);
    // The pinned admin key, read once: the tokens' signed identities are
    // traced from it (without it a chain with tokens is not read).
    if (auto pinned = depositcli::usePinnedKey(*db, services.deposits(), parser.value(QStringLiteral("vault-passphrase-file")));
        !pinned)
        return context.refuse(pinned.error());
    if (auto tokens = services.deposits().tokensInForce(*chain); !tokens) {
        // Locked: the vault was not given, so say how to give it. Any other
        // cause (no pin, a row unlike what was signed) is for an admin.
        if (tokens.error().id != MessageId::DepositTokensVaultLocked)
            return context.refuse(tokens.error());
        return context.refuse(QString::fromStdString(tokens.error().message)
                              + QStringLiteral(": exctl watch %1 --vault-passphrase-file FILE").arg(QString::fromLatin1(chainName(*chain))));
    }
    auto settings = services.wallets().chainSettings(*chain);
    if (!settings)
        return context.refuse(settings.error());
    if (*chain != Chain::Algorand && settings.value().nodeUrl.empty())
        return context.refuse(QStringLiteral("%1 has no node URL: exctl chain set %1 --node URL")
                                  .arg(QString::fromLatin1(chainName(*chain))));
    auto wallets = services.wallets().list();
    if (!wallets)
        return context.refuse(wallets.error());
    const std::vector<std::string> addresses = watchedAddresses(wallets.value(), *chain);
    if (addresses.empty())
        return context.refuse(QStringLiteral("no %1 address to watch").arg(QString::fromLatin1(chainName(*chain))));
    const QUrl node(QString::fromStdString(settings.value().nodeUrl));

    std::vector<std::string> cursorNames;
    switch (*chain) {
    case Chain::Ethereum: cursorNames = {deposits::EthereumWatcher::kCursorName}; break;
    case Chain::Stellar: cursorNames = {"stellar:" + addresses.front()}; break;
    case Chain::Algorand:
        for (const std::string &a : addresses)
            cursorNames.push_back(deposits::AlgorandWatcher::cursorName(a));
        break;
    }
    if (*chain == Chain::Algorand && settings.value().indexerUrl.empty())
        return context.refuse(QStringLiteral("algorand has no indexer URL: exctl chain set algorand --indexer URL"));
    if (parser.isSet(QStringLiteral("from"))) {
        const QString from = parser.value(QStringLiteral("from"));
        bool numeric = false;
        const qint64 n = from.toLongLong(&numeric);
        if (!numeric || n < 0)
            return context.usageError(QStringLiteral("--from takes a block, round or paging token number"));
        // The cursor names what was read already: the block before N.
        const std::string value = std::to_string(*chain == Chain::Stellar ? n : n - 1);
        for (const std::string &name : cursorNames) {
            if (auto set = services.deposits().setCursor(operatorcli::cliActor(), {name, value}); !set)
                return context.refuse(set.error());
        }
    } else if (*chain == Chain::Ethereum) {
        // The first run starts at the node's confirmed tip (a chain has
        // far too many blocks to read from 0): say so, since a payment to
        // an address issued before it is in an earlier block.
        auto saved = services.deposits().cursor(deposits::EthereumWatcher::kCursorName);
        if (!saved)
            return context.refuse(saved.error());
        if (!saved.value())
            context.err() << "ethereum: the watcher's first run: it reads from the node's confirmed tip on; a payment in an"
                             " earlier block (to an address issued before this run) is read with"
                             " exctl watch ethereum --once --from BLOCK"
                          << Qt::endl;
    }

    int exitCode = Success;
    const auto report = [&context](const QString &line) { context.err() << line << Qt::endl; };
    std::unique_ptr<QObject> watcher;
    if (*chain == Chain::Ethereum) {
        auto *w = new deposits::EthereumWatcher(services.deposits(), node, settings.value().confirmations, addresses, 1000);
        watcher.reset(w);
        QObject::connect(w, &deposits::EthereumWatcher::batchIngested, w, [&context](int count, qint64 block) {
            context.out() << "read to block " << block << ": " << count << " new deposits" << Qt::endl;
        });
        QObject::connect(w, &deposits::EthereumWatcher::stateChanged, w,
                         [report, &exitCode, once = parser.isSet(QStringLiteral("once"))](
                             deposits::EthereumWatcher::State state, const QString &detail) {
                             if (!detail.isEmpty())
                                 report(QStringLiteral("ethereum: %1").arg(detail));
                             // --once: a node that does not answer is a failure, not a wait.
                             if (once && (state == deposits::EthereumWatcher::State::Waiting
                                          || state == deposits::EthereumWatcher::State::Halted)) {
                                 exitCode = Refused;
                                 QCoreApplication::quit();
                             }
                         });
        if (parser.isSet(QStringLiteral("once")))
            QObject::connect(w, &deposits::EthereumWatcher::caughtUp, qApp, &QCoreApplication::quit);
        w->start();
    } else if (*chain == Chain::Algorand) {
        auto *w = new deposits::AlgorandWatcher(services.deposits(), QUrl(QString::fromStdString(settings.value().indexerUrl)),
                                                addresses, settings.value().confirmations, std::chrono::seconds(1));
        watcher.reset(w);
        QObject::connect(w, &deposits::AlgorandWatcher::batchIngested, w,
                         [&context](int count, const QString &address, const QString &cursor) {
                             context.out() << address << " read to round " << cursor << ": " << count << " new deposits" << Qt::endl;
                         });
        QObject::connect(w, &deposits::AlgorandWatcher::stateChanged, w,
                         [report, &exitCode, once = parser.isSet(QStringLiteral("once"))](
                             deposits::AlgorandWatcher::State state, const QString &detail) {
                             if (!detail.isEmpty())
                                 report(QStringLiteral("algorand: %1").arg(detail));
                             if (!once)
                                 return;
                             if (state == deposits::AlgorandWatcher::State::Waiting)
                                 exitCode = Refused;
                             if (state == deposits::AlgorandWatcher::State::Waiting
                                 || state == deposits::AlgorandWatcher::State::UpToDate)
                                 QCoreApplication::quit();
                         });
        w->start();
    } else {
        auto *w = new deposits::StellarWatcher(services.deposits(), node, addresses.front());
        watcher.reset(w);
        QObject::connect(w, &deposits::StellarWatcher::batchIngested, w, [&context](int count, const QString &cursor) {
            context.out() << "read to paging token " << cursor << ": " << count << " new deposits" << Qt::endl;
        });
        QObject::connect(w, &deposits::StellarWatcher::stateChanged, w,
                         [report](deposits::StellarWatcher::State, const QString &detail) {
                             report(QStringLiteral("stellar: %1").arg(detail));
                         });
        w->start();
    }
    if (seconds > 0)
        QTimer::singleShot(seconds * 1000, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    watcher.reset();
    return exitCode;
}
