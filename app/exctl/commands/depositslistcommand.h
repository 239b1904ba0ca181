#pragma once
// exctl deposits list [--state S] [--customer ID] [--asset CODE] [--limit N] [--json]

#include "command.h"

class DepositsListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("deposits list"); }
    QString summary() const override { return QStringLiteral("Deposits, unattributed first, then newest first"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
