#pragma once
// BusyIndicator: "Working…" with a moving bar in the status bar while the
// core thread has work that has lasted a moment (a ledger check, a chain
// asked about a TxId, a long read), so an operator never wonders whether
// the console heard them. It appears only after a short delay, so quick
// reads do not make it flicker, and goes as soon as the work is done. The
// console stays usable meanwhile: nothing here blocks input.

#include <QTimer>
#include <QWidget>

namespace exchange {
class CoreRuntime;
}

class BusyIndicator final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDelayMs = 300;

    explicit BusyIndicator(exchange::CoreRuntime &runtime, QWidget *parent = nullptr);

private:
    void setBusy(bool busy);

    QTimer m_delay;
};
