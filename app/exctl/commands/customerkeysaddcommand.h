#pragma once
// exctl customer keys add --customer ID --chain CHAIN ADDRESS

#include "command.h"

class CustomerKeysAddCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("customer keys add"); }
    QString summary() const override { return QStringLiteral("Register a key that may sign the customer's withdrawal requests on the API (audited)"); }
    QString positionalSyntax() const override { return QStringLiteral("ADDRESS"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
