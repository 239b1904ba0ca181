#pragma once
// exctl --operator NAME customer deposit-address EXT|--all --asset ETH|ALGO|XLM [--json]:
// the customer's deposit instructions on the asset's chain, issuing their
// address there first if they have none (audited); --all issues one to
// every active customer who has none on the chain.

#include "command.h"

class CustomerDepositAddressCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("customer deposit-address"); }
    QString summary() const override
    {
        return QStringLiteral("Show a customer's deposit address for an asset, issuing it once if they have none (audited)");
    }
    QString positionalSyntax() const override { return QStringLiteral("EXTERNAL_ID"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
