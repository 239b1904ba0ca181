#pragma once
// exctl chain list [--json]: the chains' node URLs and confirmations.

#include "command.h"

class ChainListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("chain list"); }
    QString summary() const override { return QStringLiteral("The chains' node URLs and confirmations"); }
    bool acceptsJson() const override { return true; }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
