#pragma once
// DutyBoard: the last word of each background duty as this console knows
// it (the deposit watchers and chain balances, collection, each chain's
// payouts), and since when each that is down has been down. The console
// feeds it from BackgroundDuties; the Dashboard, the Wallets and
// Withdrawals screens and the tray read it, so they agree on what is down.
// In a console that does not lead, the duties run elsewhere and the board
// says only that they stopped here.

#include "core/base/dutystatus.h"

#include <QMap>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class DutyBoard final : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Watcher, Payouts };
    Q_ENUM(Kind)

    struct Down {
        Kind kind;
        QString name;
        exchange::DutyStatus status;
        qint64 sinceMs = 0;
    };

    // nowMs: the clock (tests pass their own).
    explicit DutyBoard(std::function<qint64()> nowMs, QObject *parent = nullptr);

    // downSinceMs: since when it is down, when the reporter knows (another
    // process); otherwise the first word that said so, by this clock.
    void set(Kind kind, const QString &name, const exchange::DutyStatus &status,
             std::optional<qint64> downSinceMs = std::nullopt);
    void remove(Kind kind, const QString &name);
    const QMap<QString, exchange::DutyStatus> &lines(Kind kind) const;
    // The duties down now, watchers first, each by name.
    std::vector<Down> down() const;

signals:
    void changed();

private:
    std::function<qint64()> m_now;
    QMap<QString, exchange::DutyStatus> m_watchers;
    QMap<QString, exchange::DutyStatus> m_payouts;
    QMap<QString, qint64> m_watcherDownSince;
    QMap<QString, qint64> m_payoutDownSince;
};
