#pragma once
// Why payouts cannot start, in words for people, and where an operator
// fixes it: one place for the Dashboard's "Needs you now" and the
// Withdrawals screen's payouts line, so both say the same.

#include "core/runtime/attentionreport.h"

#include <QCoreApplication>
#include <QString>

class PayoutBlockText final
{
    Q_DECLARE_TR_FUNCTIONS(PayoutBlockText)
public:
    // "No key vault exists: 2 payouts on ethereum cannot be signed. An admin creates it on the Operators screen."
    static QString describe(const exchange::PayoutBlock &block);
    // The id of the screen that resolves it (MainWindow::showScreen).
    static QString screenId(exchange::PayoutBlock::Reason reason);
    // The label of the button that opens that screen.
    static QString action(exchange::PayoutBlock::Reason reason);
};
