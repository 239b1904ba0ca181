#pragma once
// exctl customer keys remove --customer ID --chain CHAIN ADDRESS

#include "command.h"

class CustomerKeysRemoveCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("customer keys remove"); }
    QString summary() const override { return QStringLiteral("Remove one of the customer's withdrawal keys (audited)"); }
    QString positionalSyntax() const override { return QStringLiteral("ADDRESS"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
