#pragma once
// exctl wallet add --chain C --tier T --address A [--customer ID]

#include "command.h"

class WalletAddCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("wallet add"); }
    QString summary() const override { return QStringLiteral("Register an exchange wallet address (warm and cold are watch-only)"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
