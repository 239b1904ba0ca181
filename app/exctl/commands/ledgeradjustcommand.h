#pragma once
// exctl ledger adjust --customer ID --asset CODE --amount X --reason TEXT:
// an operator's correction of a customer's balance, with a mandatory reason.

#include "command.h"

class LedgerAdjustCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("ledger adjust"); }
    QString summary() const override { return QStringLiteral("Correct a customer's balance (signed amount, mandatory reason)"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
