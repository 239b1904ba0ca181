#pragma once
// exctl operator reset-password USERNAME: a new password from stdin; the
// operator enrols a two-factor app again at the next sign-in.

#include "command.h"

class OperatorResetPasswordCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("operator reset-password"); }
    QString summary() const override { return QStringLiteral("Set a new password (read from stdin); ends the two-factor enrolment"); }
    QString positionalSyntax() const override { return QStringLiteral("USERNAME"); }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
