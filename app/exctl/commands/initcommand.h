#pragma once
// exctl init [--demo | --vault-passphrase-file FILE]: create or migrate the
// schema; --demo adds the demo data set (once), with its published keys.
// Otherwise, with a passphrase file, the key vault is created (or unlocked)
// and each chain without a trade address gets a fresh trade key; without
// one, init says which chains the trade API refuses until one is set.

#include "command.h"

class InitCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override
    {
        return QStringLiteral("Create or migrate the database schema; --demo adds the demo data set");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) override;
};
