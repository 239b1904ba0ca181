#pragma once
// exctl customer addresses remove EXTERNAL_ID --chain CHAIN --address ADDRESS

#include "command.h"

class CustomerAddressesRemoveCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("customer addresses remove"); }
    QString summary() const override { return QStringLiteral("Remove one of the customer's own withdrawal addresses (audited)"); }
    QString positionalSyntax() const override { return QStringLiteral("EXTERNAL_ID"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
