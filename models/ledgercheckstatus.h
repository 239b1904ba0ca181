#pragma once
// LedgerCheckStatus: the result of the last ledger check, and running a new
// one on the core thread, for the Ledger screen and the dashboard.

#include "core/ledger/ledgerchecker.h"

#include <QObject>

#include <optional>

namespace exchange {
class CoreRuntime;
class CoreServices;
}

class LedgerCheckStatus final : public QObject
{
    Q_OBJECT
public:
    LedgerCheckStatus(exchange::CoreRuntime &runtime, exchange::CoreServices &services, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LedgerCheckStatus)

    const std::optional<exchange::ledger::CheckReport> &report() const { return m_report; }
    bool isRunning() const { return m_running; }
    // One line for people: "Clean: 24 transfers …" or "3 discrepancies …".
    QString summary() const;

    void refresh(); // read the last saved result
    void run();     // check now

signals:
    void changed();
    void failed(const QString &message);

private:
    exchange::CoreRuntime &m_runtime;
    exchange::CoreServices &m_services;
    std::optional<exchange::ledger::CheckReport> m_report;
    bool m_running = false;
};
