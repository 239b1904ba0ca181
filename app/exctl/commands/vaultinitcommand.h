#pragma once
// exctl vault init: creates the key vault with a passphrase read from stdin.

#include "command.h"

class VaultInitCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("vault init"); }
    QString summary() const override { return QStringLiteral("Create the key vault (passphrase on stdin)"); }
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
