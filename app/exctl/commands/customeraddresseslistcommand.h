#pragma once
// exctl customer addresses list EXTERNAL_ID [--json]

#include "command.h"

class CustomerAddressesListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("customer addresses list"); }
    QString summary() const override { return QStringLiteral("The customer's own withdrawal addresses"); }
    QString positionalSyntax() const override { return QStringLiteral("EXTERNAL_ID"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
