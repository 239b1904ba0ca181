#pragma once
// exctl asset add CODE --chain CHAIN (--erc20 0x… | --stellar-issuer G…
// [--stellar-code C] | --asa ID) --decimals N [--name NAME]
// [--display-decimals N]: an admin adds a token of a chain as an asset. The
// chain's node is asked first (an ERC-20's decimals(), an ASA's params) and
// must agree with --decimals; then the row, its audit record and the
// admin's signed identity are written together, or nothing is.

#include "command.h"

class AssetAddCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("asset add"); }
    QString summary() const override { return QStringLiteral("Add a token (ERC-20, Stellar credit asset, ASA) as an asset"); }
    QString positionalSyntax() const override { return QStringLiteral("CODE"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
