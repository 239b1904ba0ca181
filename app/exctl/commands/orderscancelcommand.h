#pragma once
// exctl orders cancel ID: an operator's cancel of a resting order; the hold
// is released, the remainder owed back to the sender, and the cancel audited
// under the CLI actor.

#include "command.h"

class OrdersCancelCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("orders cancel"); }
    QString summary() const override { return QStringLiteral("Cancel a resting trade order (audited)"); }
    QString positionalSyntax() const override { return QStringLiteral("ID"); }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
