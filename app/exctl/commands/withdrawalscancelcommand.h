#pragma once
// exctl withdrawals cancel ID: Cancel a withdrawal not yet paying out: its funds go back to the customer (audited)

#include "command.h"

class WithdrawalsCancelCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("withdrawals cancel"); }
    QString summary() const override { return QStringLiteral("Cancel a withdrawal not yet paying out: its funds go back to the customer (audited)"); }
    QString positionalSyntax() const override { return QStringLiteral("ID"); }
    bool acceptsJson() const override { return true; }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
