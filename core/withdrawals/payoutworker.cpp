#include "core/withdrawals/payoutworker.h"

#include "core/ledger/ledgerservice.h"
#include "core/money/asset.h"
#include "core/runtime/changenotifier.h"
#include "core/runtime/systemclock.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/payerset.h"
#include "core/withdrawals/payoutservice.h"

namespace exchange::withdrawals {

namespace {

DutyStatus describe(const PayoutRunReport &r, bool vaultUnlocked)
{
    QStringList parts;
    if (r.succeeded)
        parts << PayoutWorker::tr("%n paid", nullptr, r.succeeded);
    if (r.broadcast)
        parts << PayoutWorker::tr("%n sent", nullptr, r.broadcast);
    if (r.awaiting)
        parts << PayoutWorker::tr("%n awaiting the chain", nullptr, r.awaiting);
    if (r.failed)
        parts << PayoutWorker::tr("%n failed on chain", nullptr, r.failed);
    if (r.errors)
        parts << PayoutWorker::tr("%n to error", nullptr, r.errors);
    if (r.hotShortBy) {
        const auto asset = nativeAsset(r.asset);
        parts << PayoutWorker::tr("hot is short by %1 %2: replenish hot from warm")
                     .arg(QString::fromStdString(asset ? asset->format(*r.hotShortBy) : r.hotShortBy->toBaseUnitString()),
                          QString::fromStdString(r.asset));
    }
    for (const std::string &p : r.problems) {
        if (p.find("vault is locked") != std::string::npos)
            parts << PayoutWorker::tr("waiting: the key vault is locked");
    }
    QString text = parts.join(QStringLiteral(", "));
    if (parts.isEmpty())
        text = vaultUnlocked ? PayoutWorker::tr("idle") : PayoutWorker::tr("idle (signing waits for the key vault)");
    // Short, the queue waits for an operator to move funds from warm.
    return r.hotShortBy ? DutyStatus::blocked(text) : DutyStatus::running(text);
}

} // namespace

PayoutWorker::PayoutWorker(Database &database, security::KeyVault &vault, ChangeNotifier &notifier, int intervalMs)
    : m_database(database), m_vault(vault), m_notifier(notifier), m_intervalMs(intervalMs)
{
}

PayoutWorker::~PayoutWorker() = default;

void PayoutWorker::ensureServices()
{
    if (m_clock)
        return;
    m_clock = std::make_unique<SystemClock>();
    m_ledger = std::make_unique<ledger::LedgerService>(m_database, *m_clock);
    m_audit = std::make_unique<security::AuditLog>(m_database, *m_clock, &m_notifier);
    m_wallets = std::make_unique<wallets::WalletService>(m_database, *m_clock, *m_audit, &m_notifier);
}

void PayoutWorker::start()
{
    ensureServices();
    // May start again after a stop (when this process leads again).
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &PayoutWorker::runOnce);
        m_soon = new QTimer(this);
        m_soon->setSingleShot(true);
        connect(m_soon, &QTimer::timeout, this, &PayoutWorker::runOnce);
    }
    m_timer->start(m_intervalMs);
    // An approval or a retry elsewhere: pay it without waiting the interval.
    connect(&m_notifier, &ChangeNotifier::changed, this, [this](ChangeNotifier::Topic topic, const QString &) {
        if (topic == ChangeNotifier::Topic::Withdrawal)
            soon();
    });
    soon();
}

void PayoutWorker::soon()
{
    if (m_soon && !m_running && !m_soon->isActive())
        m_soon->start(500);
}

void PayoutWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    if (m_soon)
        m_soon->stop();
    disconnect(&m_notifier, nullptr, this, nullptr);
    m_database.releaseThreadConnection();
}

void PayoutWorker::runOnce()
{
    if (m_running)
        return;
    m_running = true;
    ensureServices();
    auto settings = m_wallets->chainSettings();
    if (!settings) {
        emit statusChanged(QStringLiteral("all chains"), DutyStatus::down(QString::fromStdString(settings.error().message)));
        m_running = false;
        return;
    }
    for (const wallets::ChainSettings &chain : settings.value()) {
        const QString name = QLatin1String(chainName(chain.chain));
        if (chain.nodeUrl.empty())
            continue;
        // A new set each pass: fees are read afresh for each run.
        auto set = PayerSet::make(chain, *m_wallets, *m_clock);
        if (!set) {
            emit statusChanged(name, DutyStatus::down(QString::fromStdString(set.error().message)));
            continue;
        }
        PayoutService payouts(m_database, *m_clock, *m_ledger, *m_audit, *m_wallets, set.value()->payer(), &m_notifier);
        // Locked, the run follows what is on its way and signs nothing.
        auto report = payouts.run(m_vault);
        if (!report) {
            emit statusChanged(name, DutyStatus::down(QString::fromStdString(report.error().message)));
            continue;
        }
        emit statusChanged(name, describe(report.value(), m_vault.isUnlocked()));
    }
    m_running = false;
}

} // namespace exchange::withdrawals
