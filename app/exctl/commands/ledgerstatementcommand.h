#pragma once
// exctl ledger statement CUSTOMER ASSET [--offset N] [--limit N] [--json]

#include "command.h"

class LedgerStatementCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("ledger statement"); }
    QString summary() const override { return QStringLiteral("A customer's journal lines in one asset, with running balance"); }
    QString positionalSyntax() const override { return QStringLiteral("CUSTOMER ASSET"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
