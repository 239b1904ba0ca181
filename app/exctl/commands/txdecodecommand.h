#pragma once
// exctl tx decode --chain C RAW: prints the fields of a signed transaction as
// JSON (exit 0) or why it cannot be decoded (exit 1).

#include "command.h"

class TxDecodeCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("tx decode"); }
    QString summary() const override { return QStringLiteral("Decode a raw signed transaction"); }
    QString positionalSyntax() const override { return QStringLiteral("RAW"); }
    bool acceptsJson() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
