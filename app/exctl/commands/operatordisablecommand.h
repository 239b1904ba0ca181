#pragma once
// exctl operator disable USERNAME [--enable]: stops (or allows again) an
// operator's sign-in; the last admin cannot be disabled.

#include "command.h"

class OperatorDisableCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("operator disable"); }
    QString summary() const override { return QStringLiteral("Disable an operator (--enable to undo)"); }
    QString positionalSyntax() const override { return QStringLiteral("USERNAME"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
