#pragma once
// exctl operator list [--json]: operators, roles, whether disabled and
// enrolled for two-factor codes; never a hash or a secret.

#include "command.h"

class OperatorListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("operator list"); }
    QString summary() const override { return QStringLiteral("List the operators and their roles"); }
    bool acceptsJson() const override { return true; }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
