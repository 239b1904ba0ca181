#pragma once
// exctl withdrawals approve ID: Approve a withdrawal under review (another person than the requester; audited)

#include "command.h"

class WithdrawalsApproveCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("withdrawals approve"); }
    QString summary() const override { return QStringLiteral("Approve a withdrawal under review (another person than the requester; audited)"); }
    QString positionalSyntax() const override { return QStringLiteral("ID"); }
    bool acceptsJson() const override { return true; }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
