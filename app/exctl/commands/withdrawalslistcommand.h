#pragma once
// exctl withdrawals list [--state S] [--customer ID] [--asset CODE] [--limit N] [--json]

#include "command.h"

class WithdrawalsListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("withdrawals list"); }
    QString summary() const override { return QStringLiteral("Withdrawals, newest first"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
