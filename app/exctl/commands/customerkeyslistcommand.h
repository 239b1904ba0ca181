#pragma once
// exctl customer keys list --customer ID [--json]

#include "command.h"

class CustomerKeysListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("customer keys list"); }
    QString summary() const override { return QStringLiteral("The customer's withdrawal keys and how many must sign"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
