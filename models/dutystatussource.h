#pragma once
// DutyStatusSource: fills the DutyBoard from duty_status, where whichever
// process leads the background duties (this console, another, or exctl
// serve) reports them, read again whenever they change (the change feed's
// topic Duty, from this process or, on PostgreSQL, any other). So every
// console shows the same watchers, and a watcher down wherever it runs.

#include <QObject>
#include <QSet>

namespace exchange {
class CoreRuntime;
class CoreServices;
}
class DutyBoard;

class DutyStatusSource final : public QObject
{
    Q_OBJECT
public:
    DutyStatusSource(exchange::CoreRuntime &runtime, exchange::CoreServices &services, DutyBoard *board,
                     QObject *parent = nullptr);

    void reload();

signals:
    void failed(const QString &message);

private:
    exchange::CoreRuntime &m_runtime;
    exchange::CoreServices &m_services;
    DutyBoard *m_board;
    QSet<QString> m_shown; // "w/name" and "p/name" this source put on the board
};
