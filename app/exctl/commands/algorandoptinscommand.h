#pragma once
// exctl algorand opt-ins [--json]: for each exchange wallet on Algorand
// (hot, warm, cold) and each ASA in force, whether it has opted in (and
// what it holds, and whether that is frozen), as algod says now.

#include "command.h"

class AlgorandOptInsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("algorand opt-ins"); }
    QString summary() const override { return QStringLiteral("Which exchange wallet has opted in to which ASA"); }
    bool acceptsJson() const override { return true; }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
