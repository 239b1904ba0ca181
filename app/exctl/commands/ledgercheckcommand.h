#pragma once
// exctl ledger check [--json]: prove the books; exit 1 naming each
// discrepancy.

#include "command.h"

class LedgerCheckCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("ledger check"); }
    QString summary() const override { return QStringLiteral("Prove the books: debits equal credits, balances equal the journal"); }
    bool acceptsJson() const override { return true; }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
