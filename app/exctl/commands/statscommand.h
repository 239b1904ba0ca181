#pragma once
// exctl stats [--json]: 001's statistics per asset: taken in, liabilities of
// unfilled orders, refunds, paid and owed out, and profit.

#include "command.h"

class StatsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override { return QStringLiteral("Trade statistics per asset (in, unfilled, out, profit)"); }
    bool acceptsJson() const override { return true; }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
