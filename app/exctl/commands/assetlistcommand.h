#pragma once
// exctl asset list [--json]: the assets with their settings.

#include "command.h"

class AssetListCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("asset list"); }
    QString summary() const override { return QStringLiteral("List the assets and their settings"); }
    bool acceptsJson() const override { return true; }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
