#pragma once
// exctl withdrawals manual ID [--note TEXT]: to be paid outside the system
// from the warm wallet (audited); `withdrawals txid` then marks it paid.

#include "command.h"

class WithdrawalsManualCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("withdrawals manual"); }
    QString summary() const override
    {
        return QStringLiteral("Send a withdrawal to manual payout from the warm wallet, signed outside the system (audited)");
    }
    QString positionalSyntax() const override { return QStringLiteral("ID"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
