#pragma once
// exctl trade address list [--json]: the exchange's receiving address per
// chain, or that none is configured (the trade API refuses that chain).

#include "command.h"

class TradeAddressListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("trade address list"); }
    QString summary() const override { return QStringLiteral("Show the exchange's receiving addresses for trades"); }
    bool acceptsJson() const override { return true; }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
