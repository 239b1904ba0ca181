#pragma once
// exctl --operator NAME customer update EXT [--name NAME] [--email EMAIL]

#include "command.h"

class CustomerUpdateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("customer update"); }
    QString summary() const override { return QStringLiteral("Change a customer's name or email (audited)"); }
    QString positionalSyntax() const override { return QStringLiteral("EXTERNAL_ID"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
