#pragma once
// exctl ledger balances [--customer ID] [--asset CODE] [--json]

#include "command.h"

class LedgerBalancesCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("ledger balances"); }
    QString summary() const override { return QStringLiteral("Ledger account balances, and per asset what is owed against what is held"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
