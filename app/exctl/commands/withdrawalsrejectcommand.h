#pragma once
// exctl withdrawals reject ID --reason TEXT: Reject a withdrawal with a reason: its funds go back to the customer (audited)

#include "command.h"

class WithdrawalsRejectCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("withdrawals reject"); }
    QString summary() const override { return QStringLiteral("Reject a withdrawal with a reason: its funds go back to the customer (audited)"); }
    QString positionalSyntax() const override { return QStringLiteral("ID"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
