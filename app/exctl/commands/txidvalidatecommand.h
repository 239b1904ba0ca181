#pragma once
// exctl txid validate --chain C TXID: prints "valid" and the canonical
// spelling (exit 0) or why the transaction id is refused (exit 1).

#include "command.h"

class TxidValidateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("txid validate"); }
    QString summary() const override { return QStringLiteral("Check the format of a transaction id"); }
    QString positionalSyntax() const override { return QStringLiteral("TXID"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
