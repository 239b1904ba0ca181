#pragma once
// exctl replenish plan|export|import: moving funds warm -> hot (and cold ->
// warm) with keys the console never holds. `plan` shows, per asset, the
// queue against hot's and warm's balances on their chains and the proposed
// moves; `export --asset A [--tier hot|warm] [--amount X] --out FILE`
// writes the unsigned transaction for offline signing; `import FILE` checks
// that the signed file is exactly an exported transaction signed by the
// source wallet's key, then broadcasts it; `cancel ID` drops an export
// nobody will sign (it holds the source wallet's next nonce).

#include "command.h"

class ReplenishCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("replenish"); }
    QString summary() const override { return QStringLiteral("Plan, export and import replenishments of hot (from warm) and warm (from cold)"); }
    QString positionalSyntax() const override { return QStringLiteral("plan | export | import FILE | cancel ID"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
