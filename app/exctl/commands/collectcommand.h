#pragma once
// exctl collect plan|run [--chain ethereum|algorand]: the collections the
// deposit rules planned, on Ethereum (the default) or Algorand. `plan`
// shows, per deposit address, what each tier would receive and the gas or
// fee, or why it waits; `run` (vault passphrase on stdin)
// signs, stores and sends the sweeps and follows earlier ones; `--wait`
// keeps following until every sweep is confirmed. On Ethereum a token's
// sweeps wait for the fee wallet's refuel of the address's gas, which
// `run` signs and follows too; `fund-fee --txid T` books ether sent to the
// fee wallet (from warm, cold or outside) so that refuels can be paid;
// `leftovers` lists the gas left on deposit addresses beyond what they owe
// customers, and `return-gas [--min AMOUNT]` (vault passphrase on stdin)
// sends it back to the fee wallet.

#include "command.h"

class CollectCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("collect"); }
    QString summary() const override { return QStringLiteral("Plan or run the collections of deposits (Ethereum, Algorand)"); }
    QString positionalSyntax() const override { return QStringLiteral("plan|run|fund-fee|leftovers|return-gas"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
