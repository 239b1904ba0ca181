#pragma once
// exctl operator set-role USERNAME ROLE: viewer, operator, approver or admin.

#include "command.h"

class OperatorSetRoleCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("operator set-role"); }
    QString summary() const override { return QStringLiteral("Change an operator's role"); }
    QString positionalSyntax() const override { return QStringLiteral("USERNAME ROLE"); }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
