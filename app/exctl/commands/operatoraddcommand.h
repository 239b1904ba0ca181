#pragma once
// exctl operator add USERNAME --role ROLE: a new operator; the password is
// read from stdin (twice on a terminal), never from the command line.

#include "command.h"

class OperatorAddCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("operator add"); }
    QString summary() const override { return QStringLiteral("Add an operator (password read from stdin)"); }
    QString positionalSyntax() const override { return QStringLiteral("USERNAME"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
