#pragma once
// exctl trade address set --chain CHAIN ADDRESS: the exchange's receiving
// address for the trade API on that chain, audited as trade.address.

#include "command.h"

class TradeAddressSetCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("trade address set"); }
    QString summary() const override { return QStringLiteral("Set the exchange's receiving address for trades on a chain"); }
    QString positionalSyntax() const override { return QStringLiteral("ADDRESS"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
