#pragma once
// exctl wallets [--json]: per asset and tier, the ledger against the chain,
// and every wallet address.

#include "command.h"

class WalletsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("wallets"); }
    QString summary() const override { return QStringLiteral("Hot, warm, cold and deposit wallets: ledger against chain, max balances"); }
    bool acceptsJson() const override { return true; }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
