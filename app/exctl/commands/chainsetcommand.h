#pragma once
// exctl chain set CHAIN [--node URL] [--indexer URL] [--confirmations N] [--network NAME]

#include "command.h"

class ChainSetCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("chain set"); }
    QString summary() const override { return QStringLiteral("Set a chain's node URL, indexer URL and confirmations"); }
    QString positionalSyntax() const override { return QStringLiteral("CHAIN"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
