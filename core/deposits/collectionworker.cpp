#include "core/deposits/collectionworker.h"
#include "core/base/message.h"

#include "core/base/changenotifier.h"
#include "core/chains/algorand/algodclient.h"
#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/deposits/algorandcollector.h"
#include "core/deposits/ethereumcollector.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/wallets/signernode.h"
#include "core/wallets/walletservice.h"

#include <QStringList>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

namespace exchange::deposits {

namespace {

// Sweeps are signed on the authority of whoever unlocked the key vault in
// this process, so they are recorded as this process's local user (as
// `exctl collect run` is): the system alone may not move funds.
security::Actor processUser()
{
    const passwd *pw = getpwuid(geteuid());
    return security::Actor::cli(pw && pw->pw_name ? pw->pw_name : std::to_string(geteuid()));
}

QString describe(const CollectionRunReport &r, bool signing)
{
    // Counts as "signed: 2" rather than "2 signed": a message has no plural
    // forms, and these read well in every language without them.
    QStringList parts;
    const auto count = [&parts](MessageId id, int n) {
        if (n)
            parts << dutyWords(id, {std::to_string(n)});
    };
    count(MessageId::DutySigned, r.signedSweeps);
    count(MessageId::DutySent, r.broadcast);
    count(MessageId::DutyConfirmed, r.confirmed);
    count(MessageId::DutyAwaitingConfirmations, r.awaitingConfirmations);
    count(MessageId::DutyFailed, r.failed);
    count(MessageId::DutyCollectionRefused, r.refused);
    for (const std::string &problem : r.problems)
        parts << QString::fromStdString(problem);
    if (parts.isEmpty())
        parts << dutyWords(MessageId::DutyNothingToCollect);
    for (const std::string &warning : r.warnings)
        parts << QString::fromStdString(warning);
    if (!signing)
        parts << dutyWords(MessageId::DutySweepsWaitForVault);
    return dutyJoin(parts);
}

} // namespace

CollectionWorker::CollectionWorker(Database &database, security::KeyVault &vault, ChangeNotifier &notifier, int intervalMs)
    : PeriodicDuty(database, vault, notifier, intervalMs, std::nullopt)
{
}

void CollectionWorker::pass()
{
    for (Chain chain : {Chain::Ethereum, Chain::Algorand}) {
        const QString name = QLatin1String(chainName(chain));
        // The node an admin signed, not whatever the row says now.
        auto trusted = wallets::SignerNode::of(database().connection(), vault(), wallets(), chain);
        if (!trusted) {
            emit statusChanged(name, DutyStatus::down(QString::fromStdString(trusted.error().message)));
            continue;
        }
        const wallets::SignerChainSettings &settings = trusted.value();
        if (settings.settings.nodeUrl.empty())
            continue; // the watchers' line already says there is no node
        const QUrl node(QString::fromStdString(settings.settings.nodeUrl));
        const bool signing = vault().isUnlocked();
        Result<CollectionRunReport> report = CollectionRunReport{};
        if (chain == Chain::Ethereum) {
            ethereum::JsonRpcClient client(node);
            EthereumCollector collector(database(), clock(), ledger(), audit(), wallets(), client, &notifier());
            if (signing) {
                report = collector.run(processUser(), vault());
            } else if (auto followed = collector.follow(report.value()); !followed) {
                report = followed.error();
            }
        } else {
            algorand::AlgodClient algod(node);
            std::unique_ptr<algorand::AlgodClient> indexer;
            if (!settings.settings.indexerUrl.empty())
                indexer = std::make_unique<algorand::AlgodClient>(QUrl(QString::fromStdString(settings.settings.indexerUrl)));
            AlgorandCollector collector(database(), clock(), ledger(), audit(), wallets(), algod, indexer.get(), &notifier());
            if (signing) {
                report = collector.run(processUser(), vault());
            } else if (auto followed = collector.follow(report.value()); !followed) {
                report = followed.error();
            }
        }
        if (report)
            report.value().warnings.insert(report.value().warnings.begin(), settings.warnings.begin(), settings.warnings.end());
        // A sweep refused for its destination pages someone (/health's down
        // list), as a withdrawal held for integrity does: the rows were changed.
        emit statusChanged(name, !report ? DutyStatus::down(QString::fromStdString(report.error().message))
                                 : report.value().refused ? DutyStatus::down(describe(report.value(), signing))
                                                          : DutyStatus::running(describe(report.value(), signing)));
    }
}

} // namespace exchange::deposits
