#pragma once
// exctl customer show EXT: the customer's record and their balances per asset.

#include "command.h"

class CustomerShowCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("customer show"); }
    QString summary() const override { return QStringLiteral("Show a customer and their balances (available, held) per asset"); }
    QString positionalSyntax() const override { return QStringLiteral("EXTERNAL_ID"); }
    bool acceptsJson() const override { return true; }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
