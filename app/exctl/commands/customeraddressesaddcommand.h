#pragma once
// exctl customer addresses add EXTERNAL_ID --chain CHAIN --address ADDRESS [--label LABEL]

#include "command.h"

class CustomerAddressesAddCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("customer addresses add"); }
    QString summary() const override { return QStringLiteral("Add a withdrawal address of the customer's own (audited)"); }
    QString positionalSyntax() const override { return QStringLiteral("EXTERNAL_ID"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
