#pragma once
// AttentionAlerts: decides when something new needs an operator, for the
// desktop notification. It compares each attention report with the last:
// a kind whose count grew (one more withdrawal to review, a deposit no one
// can attribute, a hot wallet newly short, a failed ledger check, a broken
// audit chain, a watcher or payouts down) raises one alert, at most one per kind per minute; growth
// within that minute is told at the first report after it (the Dashboard
// reads one at least every 30 seconds). What was there when the console
// opened is on the Dashboard, not in an alert.

#include "core/runtime/attentionreport.h"

#include <QObject>
#include <QString>

#include <array>
#include <functional>
#include <optional>

class AttentionAlerts final : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Review, Error, ManualPayout, Deposit, HotShort, Ledger, AuditChain, DutyDown, IntegrityHold, CollectionRefused, Count };
    Q_ENUM(Kind)

    static constexpr qint64 kQuietMs = 60'000;

    // nowMs: the clock (tests pass their own).
    explicit AttentionAlerts(std::function<qint64()> nowMs, QObject *parent = nullptr);

    // auditIntact: nullopt while not verified yet.
    void update(const exchange::AttentionReport &report, std::optional<bool> auditIntact);
    // The background duties down now (a watcher, collection, payouts), by
    // name, from the DutyBoard.
    void updateDuties(const QStringList &down);

signals:
    // screenId: the screen that resolves it (MainWindow::showScreen).
    void alert(AttentionAlerts::Kind kind, const QString &title, const QString &text, const QString &screenId);

private:
    struct State {
        bool known = false;
        int told = 0;       // the count the last alert (or the baseline) covered
        qint64 toldAtMs = 0; // 0: never alerted
    };
    void consider(Kind kind, int count, const QString &title, const QString &text, const QString &screenId);

    std::function<qint64()> m_now;
    std::array<State, static_cast<std::size_t>(Kind::Count)> m_states{};
};
