#pragma once
// exctl asset set CODE [--min-deposit X] …: change settings of one asset.
// Amounts are decimal text in the asset's unit, validated exactly; a refused
// value refuses the whole change.

#include "command.h"

class AssetSetCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("asset set"); }
    QString summary() const override { return QStringLiteral("Change an asset's settings"); }
    QString positionalSyntax() const override { return QStringLiteral("CODE"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
