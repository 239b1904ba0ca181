#include "attentionalerts.h"

AttentionAlerts::AttentionAlerts(std::function<qint64()> nowMs, QObject *parent) : QObject(parent), m_now(std::move(nowMs)) {}

void AttentionAlerts::update(const exchange::AttentionReport &r, std::optional<bool> auditIntact)
{
    consider(Kind::Review, r.underReview, tr("Withdrawals to review"),
             tr("Withdrawals waiting for review: %1.").arg(r.underReview), QStringLiteral("withdrawals"));
    consider(Kind::Error, r.inError, tr("Withdrawals in error"),
             tr("Withdrawals in error or failed: %1.").arg(r.inError), QStringLiteral("withdrawals"));
    consider(Kind::ManualPayout, r.manualWaiting, tr("Manual payouts"),
             tr("Manual payouts waiting for their TxId: %1.").arg(r.manualWaiting), QStringLiteral("withdrawals"));
    consider(Kind::IntegrityHold, r.heldForIntegrity, tr("Withdrawals held for integrity"),
             tr("Withdrawals held because the payout signer could not verify them: %1. Investigate before anything is"
                " paid.")
                 .arg(r.heldForIntegrity),
             QStringLiteral("withdrawals"));
    consider(Kind::CollectionRefused, r.collectionsRefused, tr("Collections refused"),
             tr("The signer refused collections from %n deposit address(es): their destination is not one it can verify.",
                nullptr, r.collectionsRefused),
             QStringLiteral("wallets"));
    consider(Kind::Deposit, r.unattributedDeposits, tr("Unattributed deposits"),
             tr("Deposits not attributed to a customer: %1.").arg(r.unattributedDeposits), QStringLiteral("deposits"));
    QStringList assets;
    for (const exchange::HotShortfall &s : r.hotShort)
        assets << QString::fromStdString(s.asset);
    consider(Kind::HotShort, static_cast<int>(assets.size()), tr("Hot wallet short"),
             tr("Hot cannot cover its queued payouts: %1. Replenish from warm.").arg(assets.join(QStringLiteral(", "))),
             QStringLiteral("wallets"));
    const int discrepancies = r.lastLedgerCheck ? static_cast<int>(r.lastLedgerCheck->discrepancies.size()) : 0;
    consider(Kind::Ledger, discrepancies, tr("Ledger check failed"),
             tr("The last ledger check found discrepancies: %1.").arg(discrepancies), QStringLiteral("ledger"));
    if (auditIntact)
        consider(Kind::AuditChain, *auditIntact ? 0 : 1, tr("Audit chain broken"),
                 tr("The audit chain no longer verifies."), QStringLiteral("audit"));
}

void AttentionAlerts::updateDuties(const QStringList &down)
{
    consider(Kind::DutyDown, static_cast<int>(down.size()), tr("Watcher or payouts down"),
             tr("Down: %1. Check the node URLs in Settings.").arg(down.join(QStringLiteral(", "))),
             QStringLiteral("settings"));
}

void AttentionAlerts::consider(Kind kind, int count, const QString &title, const QString &text, const QString &screenId)
{
    State &s = m_states[static_cast<std::size_t>(kind)];
    if (!s.known) { // the baseline: on the Dashboard already
        s = State{true, count, 0};
        return;
    }
    if (count <= s.told) {
        s.told = count; // fewer now: the next growth is news again
        return;
    }
    const qint64 now = m_now();
    if (s.toldAtMs != 0 && now - s.toldAtMs < kQuietMs)
        return; // told within the minute: the next report after it tells
    s.told = count;
    s.toldAtMs = now;
    emit alert(kind, title, text, screenId);
}
