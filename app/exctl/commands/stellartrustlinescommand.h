#pragma once
// exctl stellar trustlines [--json]: for each exchange wallet on Stellar
// (hot, warm, cold) and each Stellar token in force, whether the trustline
// exists on the ledger, whether the issuer authorized it, and what it holds.

#include "command.h"

class StellarTrustlinesCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("stellar trustlines"); }
    QString summary() const override { return QStringLiteral("List the exchange wallets' trustlines to the Stellar tokens in force"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &) const override {}
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
